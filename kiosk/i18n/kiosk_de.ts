<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CapacityScreen</name>
    <message>
        <location filename="../screens/message.py" line="60"/>
        <source>No more tickets today for “{service}”</source>
        <translation>Für „{service}“ gibt es heute keine Wartemarken mehr</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="61"/>
        <source>The people already waiting fill the rest of today&apos;s open hours.</source>
        <translation>Die bereits Wartenden füllen die restliche Sprechstunde von heute aus.</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="63"/>
        <source>Touch the screen to go back.</source>
        <translation>Zum Zurückkehren bitte den Bildschirm berühren.</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../screens/message.py" line="50"/>
        <source>No tickets at the moment</source>
        <translation>Zurzeit keine Wartemarken</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="51"/>
        <source>Tickets are issued during open hours only.</source>
        <translation>Wartemarken gibt es nur während der offenen Sprechstunde.</translation>
    </message>
</context>
<context>
    <name>IssuedScreen</name>
    <message>
        <location filename="../screens/issued.py" line="49"/>
        <source>Your number</source>
        <translation>Ihre Wartenummer</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="57"/>
        <source>NOT PRINTED – please remember your number.</source>
        <translation>NICHT GEDRUCKT – bitte merken Sie sich Ihre Nummer.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="59"/>
        <source>Please take your ticket below.</source>
        <translation>Bitte entnehmen Sie Ihre Wartemarke unten.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="61"/>
        <source>Please remember your number. It will be shown when it is your turn.</source>
        <translation>Bitte merken Sie sich Ihre Nummer. Sie wird angezeigt, wenn Sie an der Reihe sind.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="64"/>
        <source>Scan to follow your place in the queue on your phone.</source>
        <translation>Code scannen und den aktuellen Stand auf dem Handy verfolgen.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="66"/>
        <source>Touch the screen to go back.</source>
        <translation>Zum Zurückkehren bitte den Bildschirm berühren.</translation>
    </message>
</context>
<context>
    <name>IssuingScreen</name>
    <message>
        <location filename="../screens/message.py" line="77"/>
        <source>Your ticket is being printed …</source>
        <translation>Ihre Wartemarke wird gedruckt …</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="79"/>
        <source>Your ticket is being issued …</source>
        <translation>Ihre Wartemarke wird ausgestellt …</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="80"/>
        <source>One moment, please</source>
        <translation>Einen Moment, bitte</translation>
    </message>
</context>
<context>
    <name>KioskTexts</name>
    <message>
        <location filename="../texts.py" line="21"/>
        <source>Waiting time unknown</source>
        <translation>Wartezeit unbekannt</translation>
    </message>
    <message>
        <location filename="../texts.py" line="23"/>
        <source>No waiting time</source>
        <translation>Keine Wartezeit</translation>
    </message>
    <message>
        <location filename="../texts.py" line="25"/>
        <source>approx. {minutes} min</source>
        <translation>ca. {minutes} Min.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="27"/>
        <source>approx. {low}–{high} min</source>
        <translation>ca. {low}–{high} Min.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="32"/>
        <source>People waiting: {count}</source>
        <translation>Wartende: {count}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="37"/>
        <source>You are next.</source>
        <translation>Sie sind als Nächstes dran.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="38"/>
        <source>People ahead of you: {count}</source>
        <translation>Vor Ihnen: {count}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="46"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="vanished">morgen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="51"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time} Uhr</translation>
    </message>
    <message>
        <location filename="../texts.py" line="56"/>
        <source>No open hours are planned at the moment.</source>
        <translation>Zurzeit ist keine offene Sprechstunde geplant.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="57"/>
        <source>Next open hours: {when}</source>
        <translation>Nächste offene Sprechstunde: {when}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="62"/>
        <source>Today&apos;s open hours are cancelled: {reason}</source>
        <translation>Die offene Sprechstunde entfällt heute: {reason}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="67"/>
        <source>Public holiday: {name}</source>
        <translation>Feiertag: {name}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="71"/>
        <source>This machine is out of order right now. Please ask at the reception desk.</source>
        <translation>Dieses Gerät ist gerade außer Betrieb. Bitte wenden Sie sich an den Empfang.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="78"/>
        <source>No connection to the server.</source>
        <translation>Keine Verbindung zum Server.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="79"/>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="80"/>
        <source>Printer: out of paper.</source>
        <translation>Drucker: kein Papier.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="81"/>
        <source>Printer: cover open.</source>
        <translation>Drucker: Deckel offen.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="82"/>
        <source>Printer: not reachable.</source>
        <translation>Drucker: nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="83"/>
        <source>Printer: no answer.</source>
        <translation>Drucker: keine Antwort.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="84"/>
        <source>Printer: printing failed.</source>
        <translation>Drucker: Druck fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="88"/>
        <source>Printer: error ({code}).</source>
        <translation>Drucker: Fehler ({code}).</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <location filename="../screens/message.py" line="70"/>
        <source>Out of order</source>
        <translation>Außer Betrieb</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../admin_exit.py" line="72"/>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location filename="../admin_exit.py" line="75"/>
        <source>Admin PIN:</source>
        <translation>Admin-PIN:</translation>
    </message>
    <message>
        <location filename="../admin_exit.py" line="87"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <location filename="../widgets/service_button.py" line="56"/>
        <source>Fully booked for today</source>
        <translation>Für heute ausgebucht</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../screens/start.py" line="47"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="48"/>
        <source>Please choose what you came for:</source>
        <translation>Bitte wählen Sie Ihr Anliegen:</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="49"/>
        <source>Touch a button below. You will get a ticket with your number; the screens in the waiting area show when it is your turn.</source>
        <translation>Berühren Sie unten eine Schaltfläche. Sie erhalten eine Wartemarke mit Ihrer Nummer; die Anzeigen im Wartebereich zeigen, wann Sie an der Reihe sind.</translation>
    </message>
</context>
<context>
    <name>TicketLayout</name>
    <message>
        <location filename="../printing/texts.py" line="52"/>
        <source>Your number</source>
        <translation>Ihre Wartenummer</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="53"/>
        <source>You are next</source>
        <translation>Sie sind als Nächstes dran</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="54"/>
        <source>%n person(s) ahead</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="55"/>
        <source>Waiting time</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="56"/>
        <source>approx. %1–%2 min</source>
        <translation>ca. %1–%2 Min.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="57"/>
        <source>approx. %1 min</source>
        <translation>ca. %1 Min.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="58"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="59"/>
        <source>Scan for your live status</source>
        <translation>Aktueller Stand: Code scannen</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="60"/>
        <source>Please keep this ticket.</source>
        <translation>Bitte Wartemarke aufbewahren.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="61"/>
        <source>Please watch the screen.</source>
        <translation>Achten Sie auf die Anzeige.</translation>
    </message>
</context>
</TS>
