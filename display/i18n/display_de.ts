<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../format.py" line="40"/>
        <source>Counter %1</source>
        <translation>Schalter %1</translation>
    </message>
    <message>
        <location filename="../format.py" line="46"/>
        <location filename="../format.py" line="49"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../format.py" line="51"/>
        <source>approx. %1 min</source>
        <translation>ca. %1 Min.</translation>
    </message>
    <message>
        <location filename="../format.py" line="52"/>
        <source>approx. %1–%2 min</source>
        <translation>ca. %1–%2 Min.</translation>
    </message>
    <message>
        <location filename="../format.py" line="61"/>
        <source>dddd, MMMM d, yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../format.py" line="67"/>
        <source>Open hours today from %1</source>
        <translation>Offene Sprechstunde heute ab %1 Uhr</translation>
    </message>
    <message>
        <location filename="../format.py" line="70"/>
        <source>Next open hours: %1 from %2</source>
        <translation>Nächste offene Sprechstunde: %1 ab %2 Uhr</translation>
    </message>
    <message>
        <location filename="../format.py" line="71"/>
        <source>dddd, MMMM d</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location filename="../format.py" line="86"/>
        <source>Open hours until %1</source>
        <translation>Offene Sprechstunde bis %1 Uhr</translation>
    </message>
    <message>
        <location filename="../format.py" line="87"/>
        <source>Open hours now</source>
        <translation>Offene Sprechstunde</translation>
    </message>
    <message>
        <location filename="../format.py" line="90"/>
        <source>Today&apos;s open hours are cancelled: %1</source>
        <translation>Die offene Sprechstunde entfällt heute: %1</translation>
    </message>
    <message>
        <location filename="../format.py" line="92"/>
        <source>No open hours at the moment</source>
        <translation>Zurzeit keine offene Sprechstunde</translation>
    </message>
    <message>
        <location filename="../format.py" line="102"/>
        <source>%1: open hours cancelled today: %2</source>
        <translation>%1: Die offene Sprechstunde entfällt heute: %2</translation>
    </message>
    <message>
        <location filename="../widgets/call_panel.py" line="108"/>
        <source>Please wait until your number is called.</source>
        <extracomment>Other current calls shown below the newest one, two per row; more go to the recent list.</extracomment>
        <translation>Bitte warten Sie, bis Ihre Nummer aufgerufen wird.</translation>
    </message>
    <message>
        <location filename="../widgets/qr.py" line="59"/>
        <source>Scan for your place in the queue on your phone</source>
        <translation>Ihre Wartezeit auf dem Handy: Code scannen</translation>
    </message>
    <message>
        <location filename="../widgets/queue_table.py" line="76"/>
        <source>Waiting times</source>
        <translation>Wartezeiten</translation>
    </message>
    <message>
        <location filename="../widgets/queue_table.py" line="86"/>
        <source>%1 waiting</source>
        <translation>%1 Wartende</translation>
    </message>
    <message>
        <location filename="../widgets/recent_calls.py" line="53"/>
        <source>Recent calls</source>
        <translation>Letzte Aufrufe</translation>
    </message>
    <message>
        <location filename="../window.py" line="165"/>
        <source>Citizens&apos; office</source>
        <translation>Bürgerbüro</translation>
    </message>
    <message>
        <location filename="../window.py" line="196"/>
        <source>Connecting …</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <location filename="../window.py" line="198"/>
        <source>Not current – as of %1</source>
        <translation>Nicht aktuell – Stand %1 Uhr</translation>
    </message>
    <message>
        <location filename="../window.py" line="200"/>
        <source>Not current</source>
        <translation>Nicht aktuell</translation>
    </message>
    <message>
        <location filename="../run.py" line="32"/>
        <source>Waiting-room display</source>
        <translation>Wartebereichsanzeige</translation>
    </message>
</context>
<context>
    <name>Announcement</name>
    <message>
        <location filename="../announce/text.py" line="11"/>
        <source>Ticket number %1, please go to counter %2</source>
        <extracomment>%1 = ticket number as spoken (&quot;A 17&quot;), %2 = counter (&quot;3&quot;).</extracomment>
        <translation>Wartenummer %1, bitte zu Schalter %2</translation>
    </message>
</context>
</TS>
