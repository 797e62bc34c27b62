<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdminModels</name>
    <message>
        <location filename="../supervisor/admin_models.py" line="16"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="17"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="22"/>
        <source>clerk</source>
        <translation>Sachbearbeiter/in</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="23"/>
        <source>department lead</source>
        <translation>Abteilungsleitung</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="24"/>
        <source>kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="25"/>
        <source>display</source>
        <translation>Anzeige</translation>
    </message>
</context>
<context>
    <name>AdminViewModel</name>
    <message>
        <location filename="../supervisor/admin_vm.py" line="52"/>
        <source>Please give one letter and a German name.</source>
        <translation>Bitte einen Buchstaben und einen deutschen Namen angeben.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="56"/>
        <source>Service {letter} added.</source>
        <translation>Anliegen {letter} angelegt.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="57"/>
        <source>There is already a service with this letter.</source>
        <translation>Es gibt schon ein Anliegen mit diesem Buchstaben.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="65"/>
        <source>Service {letter} changed.</source>
        <translation>Anliegen {letter} geändert.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="72"/>
        <source>Please give a number and at least one service.</source>
        <translation>Bitte eine Nummer und mindestens ein Anliegen angeben.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="73"/>
        <source>Counter {id}</source>
        <translation>Schalter {id}</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="76"/>
        <source>Counter {id} added.</source>
        <translation>Schalter {id} angelegt.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="77"/>
        <source>There is already a counter with this number.</source>
        <translation>Es gibt schon einen Schalter mit dieser Nummer.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="82"/>
        <source>Counter {id} removed.</source>
        <translation>Schalter {id} entfernt.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="83"/>
        <source>The counter cannot be removed while a ticket is called to it, served there or transferred to it.</source>
        <translation>Der Schalter kann nicht entfernt werden, solange dort eine Nummer aufgerufen, bearbeitet oder an ihn weitergeleitet ist.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="91"/>
        <source>Please enter a name.</source>
        <translation>Bitte einen Namen eingeben.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="96"/>
        <source>{name} added.</source>
        <translation>{name} angelegt.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="97"/>
        <source>There is already a person with this name.</source>
        <translation>Es gibt schon eine Person mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="113"/>
        <source>{name} changed.</source>
        <translation>{name} geändert.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="114"/>
        <source>You cannot change your own role or deactivate yourself.</source>
        <translation>Die eigene Rolle kann nicht geändert und das eigene Konto nicht deaktiviert werden.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="121"/>
        <source>Please name the device (e.g. &quot;Kiosk Eingang&quot;).</source>
        <translation>Bitte das Gerät benennen (z. B. „Kiosk Eingang“).</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="124"/>
        <source>Device token created.</source>
        <translation>Geräte-Token erstellt.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="129"/>
        <source>Device token revoked.</source>
        <translation>Geräte-Token widerrufen.</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_vm.py" line="153"/>
        <source>The PIN must have 4 to 12 digits.</source>
        <translation>Die PIN muss 4 bis 12 Ziffern haben.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../supervisor/admin_models.py" line="96"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="97"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="98"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="99"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="110"/>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="122"/>
        <source>office created</source>
        <translation>Organisation angelegt</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="123"/>
        <source>counter added</source>
        <translation>Schalter angelegt</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="124"/>
        <source>counter changed</source>
        <translation>Schalter geändert</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="125"/>
        <source>counter removed</source>
        <translation>Schalter entfernt</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="126"/>
        <source>service added</source>
        <translation>Anliegen angelegt</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="127"/>
        <source>service changed</source>
        <translation>Anliegen geändert</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="128"/>
        <source>clerk added</source>
        <translation>Sachbearbeiter/in angelegt</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="129"/>
        <source>clerk changed</source>
        <translation>Sachbearbeiter/in geändert</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="130"/>
        <source>device token created</source>
        <translation>Geräte-Token erstellt</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="131"/>
        <source>device token revoked</source>
        <translation>Geräte-Token widerrufen</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="132"/>
        <source>extra session added</source>
        <translation>Zusatztermin angelegt</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="133"/>
        <source>extra session removed</source>
        <translation>Zusatztermin gelöscht</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="134"/>
        <source>open hours cancelled</source>
        <translation>Sprechstunde abgesagt</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="135"/>
        <source>cancellation withdrawn</source>
        <translation>Absage zurückgenommen</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="136"/>
        <source>weekly plan changed</source>
        <translation>Wochenplan geändert</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="137"/>
        <source>ticker message added</source>
        <translation>Laufschrift-Meldung angelegt</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="138"/>
        <source>ticker message removed</source>
        <translation>Laufschrift-Meldung gelöscht</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="139"/>
        <source>counter opened/paused/closed</source>
        <translation>Schalter geöffnet/pausiert/geschlossen</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="141"/>
        <source>report exported</source>
        <translation>Bericht exportiert</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="142"/>
        <source>old ticket data deleted</source>
        <translation>alte Wartenummern-Daten gelöscht</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="206"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>ClerksModel</name>
    <message>
        <location filename="../supervisor/admin_models.py" line="56"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="57"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="58"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>ClerksPage</name>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="82"/>
        <source>Selected person</source>
        <translation>Ausgewählte Person</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="83"/>
        <source>Change PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="84"/>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="85"/>
        <source>Deactivate / activate</source>
        <translation>Deaktivieren / aktivieren</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="87"/>
        <source>Deactivating logs the person out at once; their counter closes.</source>
        <translation>Deaktivieren meldet die Person sofort ab; ihr Schalter wird geschlossen.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="88"/>
        <source>New clerk</source>
        <translation>Neue/r Sachbearbeiter/in</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="89"/>
        <location filename="../supervisor/widgets/admin_people.py" line="90"/>
        <source>4 to 12 digits</source>
        <translation>4 bis 12 Ziffern</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="91"/>
        <source>Add clerk</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="117"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="118"/>
        <source>Deactivate {name}? They are logged out at once.</source>
        <translation>{name} deaktivieren? Die Person wird sofort abgemeldet.</translation>
    </message>
</context>
<context>
    <name>CounterOverviewModel</name>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="111"/>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="112"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="113"/>
        <source>Clerk</source>
        <translation>Sachbearbeiter/in</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="114"/>
        <source>Services</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="115"/>
        <source>Ticket</source>
        <translation>Wartenummer</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../widgets/counter_page.py" line="148"/>
        <source>Next ticket</source>
        <extracomment>Actions on the current ticket, their keys, in the order of the buttons (two rows). Keys of &quot;next ticket&quot;; Space and Enter press the focused button (by default &quot;next&quot;).</extracomment>
        <translation>Nächste Nummer</translation>
    </message>
    <message>
        <location filename="../widgets/counter_page.py" line="151"/>
        <source>Waiting per service</source>
        <translation>Wartende je Anliegen</translation>
    </message>
    <message>
        <location filename="../widgets/counter_page.py" line="152"/>
        <source>Call selected ticket (Enter, double-click)</source>
        <translation>Ausgewählte Nummer aufrufen (Enter, Doppelklick)</translation>
    </message>
    <message>
        <location filename="../widgets/counter_page.py" line="160"/>
        <source>Waiting ({n})</source>
        <translation>Wartend ({n})</translation>
    </message>
    <message>
        <location filename="../widgets/counter_page.py" line="161"/>
        <source>Parked ({n})</source>
        <translation>Zurückgestellt ({n})</translation>
    </message>
    <message>
        <location filename="../widgets/counter_page.py" line="162"/>
        <source>Counters</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../widgets/counter_page.py" line="163"/>
        <source>Served today ({n})</source>
        <translation>Heute bedient ({n})</translation>
    </message>
</context>
<context>
    <name>CounterTableModel</name>
    <message>
        <location filename="../counters_model.py" line="32"/>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../counters_model.py" line="33"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../counters_model.py" line="34"/>
        <source>Clerk</source>
        <translation>Sachbearbeiter/in</translation>
    </message>
    <message>
        <location filename="../counters_model.py" line="35"/>
        <source>Ticket</source>
        <translation>Nummer</translation>
    </message>
</context>
<context>
    <name>CounterWindow</name>
    <message>
        <location filename="../window.py" line="165"/>
        <source>Connected to the server</source>
        <extracomment>How long a success message stays in the status bar.</extracomment>
        <translation>Mit dem Server verbunden</translation>
    </message>
    <message>
        <location filename="../window.py" line="205"/>
        <source>Close counter</source>
        <translation>Schalter schließen</translation>
    </message>
    <message>
        <location filename="../window.py" line="206"/>
        <source>Close the counter for today? Nobody will be called here any more.</source>
        <translation>Schalter für heute schließen? Hier wird dann niemand mehr aufgerufen.</translation>
    </message>
    <message>
        <location filename="../window.py" line="225"/>
        <source>Wartemarke – counter</source>
        <translation>Wartemarke – Schalter</translation>
    </message>
    <message>
        <location filename="../window.py" line="226"/>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../window.py" line="227"/>
        <source>Close for today</source>
        <translation>Für heute schließen</translation>
    </message>
    <message>
        <location filename="../window.py" line="229"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../window.py" line="238"/>
        <source>Supervising · {name}</source>
        <translation>Aufsicht · {name}</translation>
    </message>
    <message>
        <location filename="../window.py" line="242"/>
        <source>Counter {c}</source>
        <translation>Schalter {c}</translation>
    </message>
    <message>
        <location filename="../window.py" line="252"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../window.py" line="252"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../window.py" line="253"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../window.py" line="259"/>
        <source>No connection to the server – retrying</source>
        <translation>Keine Verbindung zum Server – wird erneut versucht</translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="139"/>
        <source>Remove selected counter</source>
        <translation>Ausgewählten Schalter entfernen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="140"/>
        <source>New counter</source>
        <translation>Neuer Schalter</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="141"/>
        <source>e.g. Counter 7</source>
        <translation>z. B. Schalter 7</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="142"/>
        <source>Add counter</source>
        <translation>Schalter anlegen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="165"/>
        <source>Remove counter</source>
        <translation>Schalter entfernen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="166"/>
        <source>Remove counter {id}? Its clerk is logged out; its history stays.</source>
        <translation>Schalter {id} entfernen? Die Sachbearbeitung dort wird abgemeldet; die Statistik bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>CountersTab</name>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="65"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="66"/>
        <source>Services of this counter</source>
        <translation>Anliegen dieses Schalters</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="67"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="68"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="69"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="70"/>
        <source>Apply services</source>
        <translation>Anliegen übernehmen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="72"/>
        <source>Changes take effect at once: the counter&apos;s next call uses the new services. A clerk stays logged in when the counter is paused or closed.</source>
        <translation>Änderungen gelten sofort: Der nächste Aufruf an diesem Schalter nutzt die neuen Anliegen. Bei Pause oder Schließen bleibt die Sachbearbeitung angemeldet.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="95"/>
        <source>Select a counter on the left.</source>
        <translation>Links einen Schalter auswählen.</translation>
    </message>
</context>
<context>
    <name>CountersViewModel</name>
    <message>
        <location filename="../supervisor/counters_vm.py" line="80"/>
        <source>{counter}: {state}</source>
        <translation>{counter}: {state}</translation>
    </message>
    <message>
        <location filename="../supervisor/counters_vm.py" line="93"/>
        <source>A counter must serve at least one service.</source>
        <translation>Ein Schalter muss mindestens ein Anliegen bedienen.</translation>
    </message>
    <message>
        <location filename="../supervisor/counters_vm.py" line="104"/>
        <source>{counter} now serves {services}</source>
        <translation>{counter} bedient jetzt {services}</translation>
    </message>
</context>
<context>
    <name>CurrentTicketPanel</name>
    <message>
        <location filename="../widgets/current_ticket.py" line="66"/>
        <source>Current ticket</source>
        <translation>Aktuelle Nummer</translation>
    </message>
    <message>
        <location filename="../widgets/current_ticket.py" line="74"/>
        <source>No ticket called</source>
        <translation>Keine Nummer aufgerufen</translation>
    </message>
    <message>
        <location filename="../widgets/current_ticket.py" line="94"/>
        <source>called again {n}×</source>
        <translation>{n}× erneut aufgerufen</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="80"/>
        <source>Waiting per service</source>
        <translation>Wartende je Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="81"/>
        <source>Counters</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="82"/>
        <source>waiting now</source>
        <translation>warten jetzt</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="83"/>
        <source>longest wait</source>
        <translation>längste Wartezeit</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="84"/>
        <source>counters open · paused · closed</source>
        <translation>Schalter offen · Pause · zu</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="85"/>
        <source>served today</source>
        <translation>heute bedient</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="86"/>
        <source>tickets issued today</source>
        <translation>heute ausgegebene Nummern</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="112"/>
        <source>Open hours now, until {time}.</source>
        <translation>Offene Sprechstunde jetzt, bis {time} Uhr.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="113"/>
        <source>No open hours now.</source>
        <translation>Jetzt keine offene Sprechstunde.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="115"/>
        <source>Reason: {reason}.</source>
        <translation>Grund: {reason}.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="117"/>
        <source>Next opening: {time}.</source>
        <translation>Nächste Öffnung: {time}.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="121"/>
        <source>Tickets already drawn stay valid and will be called.</source>
        <translation>Bereits gezogene Nummern bleiben gültig und werden aufgerufen.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../supervisor/admin_models.py" line="71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="72"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="73"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="74"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="162"/>
        <source>New device token</source>
        <translation>Neues Geräte-Token</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="163"/>
        <source>e.g. Kiosk entrance</source>
        <translation>z. B. Kiosk Eingang</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="164"/>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="165"/>
        <source>Revoke selected token</source>
        <translation>Ausgewähltes Token widerrufen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="177"/>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="178"/>
        <source>Revoke the token of &quot;{name}&quot;? The device stops working at once.</source>
        <translation>Token von „{name}“ widerrufen? Das Gerät funktioniert dann sofort nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ExceptionsModel</name>
    <message>
        <location filename="../supervisor/hours_models.py" line="103"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="104"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="105"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="106"/>
        <source>Service</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="107"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="119"/>
        <source>Extra session</source>
        <translation>Zusatztermin</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="120"/>
        <source>Cancelled</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="124"/>
        <source>whole day</source>
        <translation>ganzer Tag</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="127"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="118"/>
        <source>Cancel or shorten open hours</source>
        <translation>Sprechstunde absagen oder verkürzen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="121"/>
        <location filename="../supervisor/widgets/hours_tab.py" line="136"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="121"/>
        <location filename="../supervisor/widgets/hours_tab.py" line="136"/>
        <source>Service</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="121"/>
        <source>Cancelled</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="121"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="125"/>
        <source>whole day</source>
        <translation>ganzer Tag</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="126"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="127"/>
        <source>e.g. due to illness</source>
        <translation>z. B. krankheitsbedingt</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="128"/>
        <source>Kiosk and display show this reason as typed.</source>
        <translation>Kiosk und Anzeige zeigen diesen Grund so, wie er hier steht.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="130"/>
        <source>Tickets already drawn stay valid and will be called. The kiosk issues no new tickets in the cancelled time and shows the reason.</source>
        <translation>Bereits gezogene Nummern bleiben gültig und werden aufgerufen. Der Kiosk gibt in der abgesagten Zeit keine neuen Nummern aus und zeigt den Grund an.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="133"/>
        <source>Cancel open hours</source>
        <translation>Sprechstunde absagen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="134"/>
        <source>Extra session</source>
        <translation>Zusätzliche Sprechstunde</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="136"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="140"/>
        <source>Add extra session</source>
        <translation>Zusatztermin anlegen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="141"/>
        <source>Cancelled hours and extra sessions</source>
        <translation>Ausfälle und Zusatztermine</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="142"/>
        <source>Delete selected</source>
        <translation>Ausgewählte löschen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="146"/>
        <location filename="../supervisor/widgets/hours_tab.py" line="147"/>
        <source>all services</source>
        <translation>alle Anliegen</translation>
    </message>
</context>
<context>
    <name>HoursViewModel</name>
    <message>
        <location filename="../supervisor/hours_vm.py" line="66"/>
        <location filename="../supervisor/hours_vm.py" line="83"/>
        <location filename="../supervisor/hours_vm.py" line="152"/>
        <source>Please check the times: the end must come after the start.</source>
        <translation>Bitte die Zeiten prüfen: Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_vm.py" line="88"/>
        <source>Weekly plan saved.</source>
        <translation>Wochenplan gespeichert.</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_vm.py" line="103"/>
        <source>Please give a reason; kiosk and display show it.</source>
        <translation>Bitte einen Grund angeben; Kiosk und Anzeige zeigen ihn an.</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_vm.py" line="116"/>
        <source>Open hours cancelled. Tickets already drawn stay valid.</source>
        <translation>Sprechstunde abgesagt. Bereits gezogene Nummern bleiben gültig.</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_vm.py" line="128"/>
        <source>Extra session added.</source>
        <translation>Zusatztermin angelegt.</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_vm.py" line="142"/>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login_dialog.py" line="78"/>
        <source>Wartemarke – counter login</source>
        <translation>Wartemarke – Anmeldung am Schalter</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="79"/>
        <source>Log in at the counter</source>
        <translation>Am Schalter anmelden</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="80"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="80"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="80"/>
        <source>&amp;Counter</source>
        <translation>&amp;Schalter</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="83"/>
        <source>empty: supervising only, no counter</source>
        <translation>leer: nur Aufsicht, ohne Schalter</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="84"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="97"/>
        <source>Please enter name and PIN.</source>
        <translation>Bitte Name und PIN eingeben.</translation>
    </message>
    <message>
        <source>Please enter name, PIN and counter.</source>
        <translation type="vanished">Bitte Name, PIN und Schalter eingeben.</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="111"/>
        <source>Counter {c} is logged in as {clerk}. Take over?</source>
        <translation>Schalter {c} ist bei {clerk} angemeldet. Übernehmen?</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="114"/>
        <source>Counter taken</source>
        <translation>Schalter belegt</translation>
    </message>
</context>
<context>
    <name>OrgSelector</name>
    <message>
        <location filename="../supervisor/widgets/orgs.py" line="44"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/orgs.py" line="45"/>
        <source>Every tab shows and changes this organisation.</source>
        <translation>Alle Reiter zeigen und ändern diese Organisation.</translation>
    </message>
</context>
<context>
    <name>OrgsPage</name>
    <message>
        <location filename="../supervisor/widgets/orgs.py" line="98"/>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/orgs.py" line="99"/>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/orgs.py" line="100"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/orgs.py" line="101"/>
        <source>Federal state</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/orgs.py" line="102"/>
        <source>Its public holidays close the office.</source>
        <translation>An seinen Feiertagen bleibt das Büro geschlossen.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/orgs.py" line="103"/>
        <source>Create organisation</source>
        <translation>Organisation anlegen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/orgs.py" line="105"/>
        <source>You become responsible for it. It starts without services, counters or hours.</source>
        <translation>Sie werden dafür zuständig. Sie beginnt ohne Dienstleistungen, Schalter und Sprechzeiten.</translation>
    </message>
</context>
<context>
    <name>OrgsViewModel</name>
    <message>
        <location filename="../supervisor/orgs_vm.py" line="93"/>
        <source>Please give an id (lower-case letters, digits, - or _), a name and a state.</source>
        <translation>Bitte Kennung (Kleinbuchstaben, Ziffern, - oder _), Namen und Bundesland angeben.</translation>
    </message>
    <message>
        <location filename="../supervisor/orgs_vm.py" line="98"/>
        <source>Organisation {name} created.</source>
        <translation>Organisation {name} angelegt.</translation>
    </message>
    <message>
        <location filename="../supervisor/orgs_vm.py" line="99"/>
        <source>There is already an organisation with this id.</source>
        <translation>Eine Organisation mit dieser Kennung gibt es schon.</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="63"/>
        <source>Weekly plan (open hours per service)</source>
        <translation>Wochenplan (offene Sprechstunde je Anliegen)</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="64"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="65"/>
        <source>Remove selected</source>
        <translation>Ausgewählte entfernen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="66"/>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="67"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="68"/>
        <source>Double-click a time to change it (HH:MM).</source>
        <translation>Zeit zum Ändern doppelt anklicken (HH:MM).</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="77"/>
        <source>all services</source>
        <translation>alle Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="96"/>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../supervisor/hours_models.py" line="54"/>
        <source>Service</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="55"/>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="56"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="57"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="64"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>QueueOverviewModel</name>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="46"/>
        <source>Service</source>
        <extracomment>Role giving the traffic light (&quot;green&quot;, &quot;amber&quot;, &quot;red&quot;) of a row&apos;s longest wait.</extracomment>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="47"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="48"/>
        <source>Open counters</source>
        <translation>Offene Schalter</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="49"/>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="50"/>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="85"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="86"/>
        <source>{low}–{high} min</source>
        <translation>{low}–{high} Min.</translation>
    </message>
</context>
<context>
    <name>ReportRowsModel</name>
    <message>
        <location filename="../supervisor/report_models.py" line="28"/>
        <source>Service</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="29"/>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="30"/>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="34"/>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="35"/>
        <source>Served</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="36"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="37"/>
        <source>Turned away
(capacity)</source>
        <translation>Abgewiesen
(Kapazität)</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="38"/>
        <source>Wait median
(min)</source>
        <translation>Wartezeit
Median (Min.)</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="39"/>
        <source>Wait 90 %
(min)</source>
        <translation>Wartezeit
90 % (Min.)</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="40"/>
        <source>Service time
median (min)</source>
        <translation>Bearbeitung
Median (Min.)</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="41"/>
        <source>Service time
mean (min)</source>
        <translation>Bearbeitung
Mittel (Min.)</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="50"/>
        <source>Counter {id}</source>
        <translation>Schalter {id}</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="100"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="100"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="100"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="106"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="107"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="108"/>
        <source>Export Excel…</source>
        <translation>Als Excel exportieren…</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="109"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="110"/>
        <source>of visitors called within</source>
        <translation>der Besucher aufgerufen innerhalb von</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="111"/>
        <source>Recalculate</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="112"/>
        <source>Per service</source>
        <translation>Je Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="112"/>
        <source>Per hour</source>
        <translation>Je Stunde</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="113"/>
        <source>Per counter</source>
        <translation>Je Schalter</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="113"/>
        <source>Staffing</source>
        <translation>Personalbedarf</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="128"/>
        <source>CSV (semicolon, for Excel) (*.csv)</source>
        <translation>CSV (Semikolon, für Excel) (*.csv)</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="129"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="130"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="140"/>
        <source>Choose a period and press Show.</source>
        <translation>Zeitraum wählen und „Anzeigen“ drücken.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="146"/>
        <source>{period} from {day}: {issued} issued, {served} served, {no_show} no-show, {away} turned away (capacity {cap}). Waiting median {wait} min, 90 % within {p90} min; service time median {service} min.</source>
        <translation>{period} ab {day}: {issued} ausgegeben, {served} bedient, {no_show} nicht erschienen, {away} abgewiesen (Kapazität {cap}). Wartezeit Median {wait} Min., 90 % innerhalb {p90} Min.; Bearbeitungszeit Median {service} Min.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="161"/>
        <source>Waiting time per hour of arrival</source>
        <translation>Wartezeit nach Ankunftsstunde</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="162"/>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="162"/>
        <source>90 % within</source>
        <translation>90 % innerhalb</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="163"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="168"/>
        <source>Arrivals per hour and counters</source>
        <translation>Ankünfte je Stunde und Schalter</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="169"/>
        <source>arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="169"/>
        <source>counters needed</source>
        <translation>Schalter benötigt</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="170"/>
        <source>counters open</source>
        <translation>Schalter offen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="170"/>
        <source>visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="171"/>
        <source>counters</source>
        <translation>Schalter</translation>
    </message>
</context>
<context>
    <name>ReportsViewModel</name>
    <message>
        <location filename="../supervisor/reports_vm.py" line="132"/>
        <source>Report saved: {file}</source>
        <translation>Bericht gespeichert: {file}</translation>
    </message>
    <message>
        <location filename="../supervisor/reports_vm.py" line="138"/>
        <source>Export failed: {reason}</source>
        <translation>Export fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>ServiceQueueModel</name>
    <message>
        <location filename="../queue_model.py" line="53"/>
        <source>Service</source>
        <extracomment>Role giving a row&apos;s traffic light (&quot;green&quot;, &quot;amber&quot;, &quot;red&quot;) in ServiceQueueModel.</extracomment>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="54"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="55"/>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <location filename="../supervisor/admin_models.py" line="36"/>
        <source>Letter</source>
        <translation>Buchstabe</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="37"/>
        <source>Name (German)</source>
        <translation>Name (deutsch)</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="38"/>
        <source>Name (English)</source>
        <translation>Name (englisch)</translation>
    </message>
    <message>
        <location filename="../supervisor/admin_models.py" line="39"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="63"/>
        <source>Selected service</source>
        <translation>Ausgewähltes Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="64"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="65"/>
        <source>Activate / deactivate</source>
        <translation>Aktivieren / deaktivieren</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="67"/>
        <source>An inactive service issues no tickets; people already waiting are still served.</source>
        <translation>Ein inaktives Anliegen gibt keine Nummern aus; wer schon wartet, wird noch bedient.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="69"/>
        <source>New service</source>
        <translation>Neues Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="70"/>
        <source>Add service</source>
        <translation>Anliegen anlegen</translation>
    </message>
</context>
<context>
    <name>StaffingModel</name>
    <message>
        <location filename="../supervisor/report_models.py" line="85"/>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="86"/>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="87"/>
        <source>Service time
(min)</source>
        <translation>Bearbeitungs-
zeit (Min.)</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="88"/>
        <source>Counters needed</source>
        <translation>Schalter benötigt</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="89"/>
        <source>Counters open</source>
        <translation>Schalter offen</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="90"/>
        <source>Target reached
with open counters</source>
        <translation>Ziel erreicht mit
offenen Schaltern</translation>
    </message>
    <message>
        <location filename="../supervisor/report_models.py" line="110"/>
        <source>(assumed)</source>
        <translation>(angenommen)</translation>
    </message>
</context>
<context>
    <name>SupervisorTexts</name>
    <message>
        <location filename="../supervisor/texts.py" line="14"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="15"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="16"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="17"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="18"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="19"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="20"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="27"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="28"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="29"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="30"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="31"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="32"/>
        <source>end time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="33"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="34"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="35"/>
        <source>letter</source>
        <translation>Buchstabe</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="36"/>
        <source>services</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="37"/>
        <source>weekly plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="45"/>
        <source>Not allowed: this needs a department lead&apos;s login.</source>
        <translation>Nicht erlaubt: Dafür ist eine Anmeldung als Abteilungsleitung nötig.</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="58"/>
        <source>Please check the times: the end must come after the start.</source>
        <translation>Bitte die Zeiten prüfen: Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="62"/>
        <source>Please check the input: {fields}.</source>
        <translation>Bitte die Eingabe prüfen: {fields}.</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="65"/>
        <source>The server refused the input.</source>
        <translation>Der Server hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="67"/>
        <source>Not possible: this conflicts with what is already there.</source>
        <translation>Nicht möglich: Das widerspricht dem, was schon eingetragen ist.</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="71"/>
        <source>The file could not be saved.</source>
        <translation>Die Datei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="73"/>
        <source>The server does not offer this function (yet).</source>
        <translation>Der Server bietet diese Funktion (noch) nicht an.</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <location filename="../supervisor/window.py" line="73"/>
        <source>Department lead – Wartemarke</source>
        <translation>Abteilungsleitung – Wartemarke</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="75"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="75"/>
        <location filename="../supervisor/window.py" line="80"/>
        <source>Counters</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="75"/>
        <source>Open hours</source>
        <translation>Sprechstunden</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="76"/>
        <source>Ticker</source>
        <translation>Laufschrift</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="76"/>
        <source>Management</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="76"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="80"/>
        <source>Services</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="80"/>
        <source>Clerks</source>
        <translation>Sachbearbeiter/innen</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="81"/>
        <source>Device tokens</source>
        <translation>Geräte-Token</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="81"/>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="81"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="106"/>
        <source>No connection to the server. The figures shown are the last known ones.</source>
        <translation>Keine Verbindung zum Server. Angezeigt werden die zuletzt bekannten Zahlen.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../texts.py" line="18"/>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="19"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="23"/>
        <source>waiting for {duration}</source>
        <translation>wartet seit {duration}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="29"/>
        <source>waited {duration}</source>
        <translation>hat {duration} gewartet</translation>
    </message>
    <message>
        <location filename="../texts.py" line="35"/>
        <source>being served for {duration}</source>
        <translation>in Bearbeitung seit {duration}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="42"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../texts.py" line="43"/>
        <source>called</source>
        <translation>aufgerufen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="44"/>
        <source>being served</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../texts.py" line="45"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../texts.py" line="46"/>
        <source>no-show</source>
        <translation>nicht erschienen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="47"/>
        <source>parked</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location filename="../texts.py" line="48"/>
        <source>voided</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../texts.py" line="49"/>
        <source>expired</source>
        <translation>verfallen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="56"/>
        <source>open</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <location filename="../texts.py" line="57"/>
        <source>paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../texts.py" line="58"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="65"/>
        <source>Next ticket</source>
        <translation>Nächste Nummer</translation>
    </message>
    <message>
        <location filename="../texts.py" line="66"/>
        <source>Call again</source>
        <translation>Erneut aufrufen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="67"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="68"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../texts.py" line="69"/>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="70"/>
        <source>Park</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="71"/>
        <source>Transfer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location filename="../texts.py" line="72"/>
        <source>Call this ticket</source>
        <translation>Nummer aufrufen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="73"/>
        <source>Open counter</source>
        <translation>Schalter öffnen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="74"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../texts.py" line="75"/>
        <source>Close counter</source>
        <translation>Schalter schließen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="82"/>
        <location filename="../texts.py" line="83"/>
        <source>{number} called</source>
        <translation>{number} aufgerufen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="84"/>
        <source>{number} called again</source>
        <translation>{number} erneut aufgerufen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="85"/>
        <source>Serving {number}</source>
        <translation>{number} in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../texts.py" line="86"/>
        <source>{number} done</source>
        <translation>{number} erledigt</translation>
    </message>
    <message>
        <location filename="../texts.py" line="87"/>
        <source>{number} marked as no-show</source>
        <translation>{number} als nicht erschienen markiert</translation>
    </message>
    <message>
        <location filename="../texts.py" line="88"/>
        <source>{number} parked</source>
        <translation>{number} zurückgestellt</translation>
    </message>
    <message>
        <location filename="../texts.py" line="89"/>
        <source>{number} transferred</source>
        <translation>{number} weitergeleitet</translation>
    </message>
    <message>
        <location filename="../texts.py" line="90"/>
        <source>Counter open</source>
        <translation>Schalter geöffnet</translation>
    </message>
    <message>
        <location filename="../texts.py" line="91"/>
        <source>Counter paused</source>
        <translation>Schalter in Pause</translation>
    </message>
    <message>
        <location filename="../texts.py" line="92"/>
        <source>Counter closed</source>
        <translation>Schalter geschlossen</translation>
    </message>
    <message>
        <location filename="../texts.py" line="102"/>
        <source>Too many failed attempts. Please try again in {n} s.</source>
        <translation>Zu viele Fehlversuche. Bitte in {n} s erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="106"/>
        <source>No connection to the server.</source>
        <translation>Keine Verbindung zum Server.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="107"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="108"/>
        <source>The server sent an unreadable answer.</source>
        <translation>Der Server hat eine unlesbare Antwort geschickt.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="109"/>
        <source>Nobody is waiting.</source>
        <translation>Niemand wartet.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="110"/>
        <source>Not possible for this ticket right now.</source>
        <translation>Mit dieser Nummer gerade nicht möglich.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="113"/>
        <source>The counter is not open.</source>
        <translation>Der Schalter ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="114"/>
        <source>You are not allowed to do that.</source>
        <translation>Dafür fehlt die Berechtigung.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="115"/>
        <location filename="../texts.py" line="157"/>
        <source>Your login has expired. Please log in again.</source>
        <translation>Die Anmeldung ist abgelaufen. Bitte neu anmelden.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="118"/>
        <source>Name or PIN is wrong.</source>
        <translation>Name oder PIN ist falsch.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="119"/>
        <source>Please enter your counter. Only supervisors may log in without one.</source>
        <translation>Bitte den Schalter eingeben. Ohne Schalter darf sich nur die Abteilungsleitung anmelden.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="122"/>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="123"/>
        <source>This ticket does not exist (any more).</source>
        <translation>Diese Nummer gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../texts.py" line="126"/>
        <source>This service does not exist.</source>
        <translation>Dieses Anliegen gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="127"/>
        <source>This counter does not exist.</source>
        <translation>Diesen Schalter gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="128"/>
        <source>The server cannot save right now.</source>
        <translation>Der Server kann gerade nicht speichern.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="131"/>
        <source>Someone else changed this at the same time. Please retry.</source>
        <translation>Jemand anderes hat das gleichzeitig geändert. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="134"/>
        <source>The server refused the input.</source>
        <translation>Der Server hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="135"/>
        <source>Outside open hours.</source>
        <translation>Außerhalb der Sprechzeiten.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="137"/>
        <source>Error: {code}</source>
        <translation>Fehler: {code}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="142"/>
        <source>{action} failed: {reason}</source>
        <translation>{action} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="149"/>
        <source>Someone else took over this counter. You have been logged out.</source>
        <translation>Jemand anderes hat diesen Schalter übernommen. Sie wurden abgemeldet.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="153"/>
        <source>Your session at this counter was ended. Please log in again.</source>
        <translation>Ihre Anmeldung an diesem Schalter wurde beendet. Bitte neu anmelden.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="162"/>
        <source>Department lead</source>
        <translation>Abteilungsleitung</translation>
    </message>
</context>
<context>
    <name>TickerModel</name>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="33"/>
        <source>Message</source>
        <extracomment>The hub&apos;s limit for one message.</extracomment>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="34"/>
        <source>Shown until</source>
        <translation>Angezeigt bis</translation>
    </message>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="42"/>
        <source>until deleted</source>
        <translation>bis gelöscht</translation>
    </message>
</context>
<context>
    <name>TickerTab</name>
    <message>
        <location filename="../supervisor/widgets/ticker_tab.py" line="66"/>
        <source>New message for the displays</source>
        <translation>Neue Meldung für die Anzeigen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/ticker_tab.py" line="68"/>
        <source>e.g. Today from 11:00 only appointments with booking.</source>
        <translation>z. B. Heute ab 11 Uhr nur Termine mit Buchung.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/ticker_tab.py" line="70"/>
        <source>show until</source>
        <translation>anzeigen bis</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/ticker_tab.py" line="71"/>
        <source>Add message</source>
        <translation>Meldung hinzufügen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/ticker_tab.py" line="72"/>
        <source>Messages running now</source>
        <translation>Laufende Meldungen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/ticker_tab.py" line="73"/>
        <source>Delete selected</source>
        <translation>Ausgewählte löschen</translation>
    </message>
</context>
<context>
    <name>TickerViewModel</name>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="73"/>
        <source>Please enter a message.</source>
        <translation>Bitte eine Meldung eingeben.</translation>
    </message>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="79"/>
        <source>The message is too long (at most {n} characters).</source>
        <translation>Die Meldung ist zu lang (höchstens {n} Zeichen).</translation>
    </message>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="89"/>
        <source>The end time has already passed.</source>
        <translation>Die Endzeit liegt schon in der Vergangenheit.</translation>
    </message>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="98"/>
        <source>Message added.</source>
        <translation>Meldung hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="108"/>
        <source>Message deleted.</source>
        <translation>Meldung gelöscht.</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../queue_model.py" line="100"/>
        <source>Done at</source>
        <translation>Erledigt um</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="102"/>
        <source>Waiting for</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="105"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="106"/>
        <source>Service</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="108"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="139"/>
        <source>for counter {c}</source>
        <translation>für Schalter {c}</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../supervisor/widgets/common.py" line="107"/>
        <source>New device token</source>
        <translation>Neues Geräte-Token</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/common.py" line="110"/>
        <source>Token for &quot;{name}&quot; ({role}). It is shown only now: copy it into the device&apos;s settings. If it gets lost, revoke it and create a new one.</source>
        <translation>Token für „{name}“ ({role}). Es wird nur jetzt angezeigt: in die Einstellungen des Geräts kopieren. Geht es verloren, widerrufen und ein neues erstellen.</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/common.py" line="120"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../transfer_dialog.py" line="41"/>
        <source>Transfer ticket</source>
        <extracomment>The hub refuses longer notes.</extracomment>
        <translation>Nummer weiterleiten</translation>
    </message>
    <message>
        <location filename="../transfer_dialog.py" line="42"/>
        <source>To another service</source>
        <translation>An ein anderes Anliegen</translation>
    </message>
    <message>
        <location filename="../transfer_dialog.py" line="43"/>
        <source>To a specific counter</source>
        <translation>An einen bestimmten Schalter</translation>
    </message>
    <message>
        <location filename="../transfer_dialog.py" line="52"/>
        <source>optional, at most 200 characters</source>
        <translation>optional, höchstens 200 Zeichen</translation>
    </message>
    <message>
        <location filename="../transfer_dialog.py" line="65"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
</TS>
