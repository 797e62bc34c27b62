<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="206"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerksPage</name>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="82"/>
        <source>Selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="83"/>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="84"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="85"/>
        <source>Deactivate / activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="87"/>
        <source>Deactivating logs the person out at once; their counter closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="88"/>
        <source>New clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="89"/>
        <location filename="../supervisor/widgets/admin_people.py" line="90"/>
        <source>4 to 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="91"/>
        <source>Add clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="117"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="118"/>
        <source>Deactivate {name}? They are logged out at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterOverviewModel</name>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="111"/>
        <source>Counter</source>
        <translation type="unfinished">Schalter</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="112"/>
        <source>State</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="113"/>
        <source>Clerk</source>
        <translation type="unfinished">Sachbearbeiter/in</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="114"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="115"/>
        <source>Ticket</source>
        <translation type="unfinished">Nummer</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../widgets/counter_page.py" line="134"/>
        <source>Next ticket</source>
        <extracomment>Actions on the current ticket, their keys, in the order of the buttons (two rows). Keys of &quot;next ticket&quot;; Space and Enter press the focused button (by default &quot;next&quot;).</extracomment>
        <translation>Nächste Nummer</translation>
    </message>
    <message>
        <location filename="../widgets/counter_page.py" line="137"/>
        <source>Waiting per service</source>
        <translation>Wartende je Anliegen</translation>
    </message>
    <message>
        <location filename="../widgets/counter_page.py" line="138"/>
        <source>Call selected ticket (Enter, double-click)</source>
        <translation>Ausgewählte Nummer aufrufen (Enter, Doppelklick)</translation>
    </message>
    <message>
        <location filename="../widgets/counter_page.py" line="146"/>
        <source>Waiting ({n})</source>
        <translation>Wartend ({n})</translation>
    </message>
    <message>
        <location filename="../widgets/counter_page.py" line="147"/>
        <source>Parked ({n})</source>
        <translation>Zurückgestellt ({n})</translation>
    </message>
    <message>
        <location filename="../widgets/counter_page.py" line="148"/>
        <source>Counters</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../widgets/counter_page.py" line="149"/>
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
        <location filename="../window.py" line="156"/>
        <source>Connected to the server</source>
        <extracomment>How long a success message stays in the status bar.</extracomment>
        <translation>Mit dem Server verbunden</translation>
    </message>
    <message>
        <location filename="../window.py" line="196"/>
        <source>Close counter</source>
        <translation>Schalter schließen</translation>
    </message>
    <message>
        <location filename="../window.py" line="197"/>
        <source>Close the counter for today? Nobody will be called here any more.</source>
        <translation>Schalter für heute schließen? Hier wird dann niemand mehr aufgerufen.</translation>
    </message>
    <message>
        <location filename="../window.py" line="216"/>
        <source>Wartemarke – counter</source>
        <translation>Wartemarke – Schalter</translation>
    </message>
    <message>
        <location filename="../window.py" line="217"/>
        <source>Counter</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <location filename="../window.py" line="218"/>
        <source>Close for today</source>
        <translation>Für heute schließen</translation>
    </message>
    <message>
        <location filename="../window.py" line="220"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../window.py" line="228"/>
        <source>Counter {c}</source>
        <translation>Schalter {c}</translation>
    </message>
    <message>
        <location filename="../window.py" line="238"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../window.py" line="238"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../window.py" line="239"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../window.py" line="245"/>
        <source>No connection to the server – retrying</source>
        <translation>Keine Verbindung zum Server – wird erneut versucht</translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="139"/>
        <source>Remove selected counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="140"/>
        <source>New counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="141"/>
        <source>e.g. Counter 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="142"/>
        <source>Add counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="165"/>
        <source>Remove counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="166"/>
        <source>Remove counter {id}? Its clerk is logged out; its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountersTab</name>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="65"/>
        <source>State</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="66"/>
        <source>Services of this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="67"/>
        <source>Open</source>
        <translation type="unfinished">Öffnen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="68"/>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="69"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="70"/>
        <source>Apply services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="72"/>
        <source>Changes take effect at once: the counter&apos;s next call uses the new services. A clerk stays logged in when the counter is paused or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/counters_tab.py" line="95"/>
        <source>Select a counter on the left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountersViewModel</name>
    <message>
        <location filename="../supervisor/counters_vm.py" line="80"/>
        <source>{counter}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/counters_vm.py" line="93"/>
        <source>A counter must serve at least one service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/counters_vm.py" line="104"/>
        <source>{counter} now serves {services}</source>
        <translation type="unfinished"></translation>
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
        <location filename="../supervisor/widgets/dashboard_tab.py" line="79"/>
        <source>Waiting per service</source>
        <translation type="unfinished">Wartende je Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="80"/>
        <source>Counters</source>
        <translation type="unfinished">Schalter</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="81"/>
        <source>waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="82"/>
        <source>longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="83"/>
        <source>counters open · paused · closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="84"/>
        <source>served today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="85"/>
        <source>tickets issued today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="111"/>
        <source>Open hours now, until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="112"/>
        <source>No open hours now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="114"/>
        <source>Reason: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="116"/>
        <source>Next opening: {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/dashboard_tab.py" line="120"/>
        <source>Tickets already drawn stay valid and will be called.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="162"/>
        <source>New device token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="163"/>
        <source>e.g. Kiosk entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="164"/>
        <source>Create token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="165"/>
        <source>Revoke selected token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="177"/>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_people.py" line="178"/>
        <source>Revoke the token of &quot;{name}&quot;? The device stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionsModel</name>
    <message>
        <location filename="../supervisor/hours_models.py" line="103"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="104"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="105"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="106"/>
        <source>Service</source>
        <translation type="unfinished">Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="107"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="119"/>
        <source>Extra session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="120"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="124"/>
        <source>whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="127"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="118"/>
        <source>Cancel or shorten open hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="121"/>
        <location filename="../supervisor/widgets/hours_tab.py" line="136"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="121"/>
        <location filename="../supervisor/widgets/hours_tab.py" line="136"/>
        <source>Service</source>
        <translation type="unfinished">Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="121"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="121"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="125"/>
        <source>whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="126"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="127"/>
        <source>e.g. due to illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="128"/>
        <source>Kiosk and display show this reason as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="130"/>
        <source>Tickets already drawn stay valid and will be called. The kiosk issues no new tickets in the cancelled time and shows the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="133"/>
        <source>Cancel open hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="134"/>
        <source>Extra session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="136"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="140"/>
        <source>Add extra session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="141"/>
        <source>Cancelled hours and extra sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="142"/>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/hours_tab.py" line="146"/>
        <location filename="../supervisor/widgets/hours_tab.py" line="147"/>
        <source>all services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login_dialog.py" line="75"/>
        <source>Wartemarke – counter login</source>
        <translation>Wartemarke – Anmeldung am Schalter</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="76"/>
        <source>Log in at the counter</source>
        <translation>Am Schalter anmelden</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="77"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="77"/>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="77"/>
        <source>&amp;Counter</source>
        <translation>&amp;Schalter</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="80"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="93"/>
        <source>Please enter name, PIN and counter.</source>
        <translation>Bitte Name, PIN und Schalter eingeben.</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="107"/>
        <source>Counter {c} is logged in as {clerk}. Take over?</source>
        <translation>Schalter {c} ist bei {clerk} angemeldet. Übernehmen?</translation>
    </message>
    <message>
        <location filename="../login_dialog.py" line="110"/>
        <source>Counter taken</source>
        <translation>Schalter belegt</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="63"/>
        <source>Weekly plan (open hours per service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="64"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="65"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="66"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="67"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="68"/>
        <source>Double-click a time to change it (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="77"/>
        <source>all services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/plan_box.py" line="96"/>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../supervisor/hours_models.py" line="54"/>
        <source>Service</source>
        <translation type="unfinished">Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="55"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="56"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="57"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/hours_models.py" line="64"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueOverviewModel</name>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="46"/>
        <source>Service</source>
        <extracomment>Role giving the traffic light (&quot;green&quot;, &quot;amber&quot;, &quot;red&quot;) of a row&apos;s longest wait.</extracomment>
        <translation type="unfinished">Anliegen</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="47"/>
        <source>Waiting</source>
        <translation type="unfinished">Wartend</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="48"/>
        <source>Open counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="49"/>
        <source>Longest wait</source>
        <translation type="unfinished">Längste Wartezeit</translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="50"/>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="85"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/dashboard_models.py" line="86"/>
        <source>{low}–{high} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="100"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="100"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="100"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="106"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="107"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="108"/>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="109"/>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="110"/>
        <source>of visitors called within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="111"/>
        <source>Recalculate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="112"/>
        <source>Per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="112"/>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="113"/>
        <source>Per counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="113"/>
        <source>Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="128"/>
        <source>CSV (semicolon, for Excel) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="129"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="130"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="140"/>
        <source>Choose a period and press Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="146"/>
        <source>{period} from {day}: {issued} issued, {served} served, {no_show} no-show, {away} turned away (capacity {cap}). Waiting median {wait} min, 90 % within {p90} min; service time median {service} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="161"/>
        <source>Waiting time per hour of arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="162"/>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="162"/>
        <source>90 % within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="163"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="168"/>
        <source>Arrivals per hour and counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="169"/>
        <source>arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="169"/>
        <source>counters needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="170"/>
        <source>counters open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="170"/>
        <source>visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/reports_tab.py" line="171"/>
        <source>counters</source>
        <translation type="unfinished"></translation>
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
    <name>ServicesPage</name>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="63"/>
        <source>Selected service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="64"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="65"/>
        <source>Activate / deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="67"/>
        <source>An inactive service issues no tickets; people already waiting are still served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="69"/>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/admin_office.py" line="70"/>
        <source>Add service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorTexts</name>
    <message>
        <location filename="../supervisor/texts.py" line="20"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="21"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="22"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="23"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="24"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="25"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="26"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="33"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="34"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="35"/>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="36"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="37"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="38"/>
        <source>end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="39"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="40"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="41"/>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="42"/>
        <source>services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="43"/>
        <source>weekly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="51"/>
        <source>Not allowed: this needs a department lead&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="64"/>
        <source>Please check the times: the end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="68"/>
        <source>Please check the input: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="71"/>
        <source>The server refused the input.</source>
        <translation type="unfinished">Der Server hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="73"/>
        <source>Not possible: this conflicts with what is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="77"/>
        <source>The file could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/texts.py" line="79"/>
        <source>The server does not offer this function (yet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <location filename="../supervisor/window.py" line="68"/>
        <source>Department lead – Wartemarke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="70"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="70"/>
        <location filename="../supervisor/window.py" line="75"/>
        <source>Counters</source>
        <translation type="unfinished">Schalter</translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="70"/>
        <source>Open hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="71"/>
        <source>Ticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="71"/>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="71"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="75"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="75"/>
        <source>Clerks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="76"/>
        <source>Device tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="76"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/window.py" line="101"/>
        <source>No connection to the server. The figures shown are the last known ones.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../texts.py" line="154"/>
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
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="120"/>
        <source>This ticket does not exist (any more).</source>
        <translation>Diese Nummer gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../texts.py" line="123"/>
        <source>This service does not exist.</source>
        <translation>Dieses Anliegen gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="124"/>
        <source>This counter does not exist.</source>
        <translation>Diesen Schalter gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="125"/>
        <source>The server cannot save right now.</source>
        <translation>Der Server kann gerade nicht speichern.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="128"/>
        <source>Someone else changed this at the same time. Please retry.</source>
        <translation>Jemand anderes hat das gleichzeitig geändert. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="131"/>
        <source>The server refused the input.</source>
        <translation>Der Server hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="132"/>
        <source>Outside open hours.</source>
        <translation>Außerhalb der Sprechzeiten.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="134"/>
        <source>Error: {code}</source>
        <translation>Fehler: {code}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="139"/>
        <source>{action} failed: {reason}</source>
        <translation>{action} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="146"/>
        <source>Someone else took over this counter. You have been logged out.</source>
        <translation>Jemand anderes hat diesen Schalter übernommen. Sie wurden abgemeldet.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="150"/>
        <source>Your session at this counter was ended. Please log in again.</source>
        <translation>Ihre Anmeldung an diesem Schalter wurde beendet. Bitte neu anmelden.</translation>
    </message>
</context>
<context>
    <name>TickerModel</name>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="33"/>
        <source>Message</source>
        <extracomment>The hub&apos;s limit for one message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="34"/>
        <source>Shown until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="42"/>
        <source>until deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TickerTab</name>
    <message>
        <location filename="../supervisor/widgets/ticker_tab.py" line="66"/>
        <source>New message for the displays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/ticker_tab.py" line="68"/>
        <source>e.g. Today from 11:00 only appointments with booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/ticker_tab.py" line="70"/>
        <source>show until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/ticker_tab.py" line="71"/>
        <source>Add message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/ticker_tab.py" line="72"/>
        <source>Messages running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/ticker_tab.py" line="73"/>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TickerViewModel</name>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="73"/>
        <source>Please enter a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="79"/>
        <source>The message is too long (at most {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="89"/>
        <source>The end time has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="98"/>
        <source>Message added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/ticker_vm.py" line="108"/>
        <source>Message deleted.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/common.py" line="110"/>
        <source>Token for &quot;{name}&quot; ({role}). It is shown only now: copy it into the device&apos;s settings. If it gets lost, revoke it and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../supervisor/widgets/common.py" line="120"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
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
