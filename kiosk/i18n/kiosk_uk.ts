<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>CapacityScreen</name>
    <message>
        <location filename="../screens/message.py" line="60"/>
        <source>No more tickets today for “{service}”</source>
        <translation>Сьогодні талони на «{service}» більше не видаються</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="61"/>
        <source>The people already waiting fill the rest of today&apos;s open hours.</source>
        <translation>Відвідувачі, які вже чекають, заповнили решту сьогоднішнього часу прийому.</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="63"/>
        <source>Touch the screen to go back.</source>
        <translation>Торкніться екрана, щоб повернутися.</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../screens/message.py" line="50"/>
        <source>No tickets at the moment</source>
        <translation>Зараз талони не видаються</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="51"/>
        <source>Tickets are issued during open hours only.</source>
        <translation>Талони видаються лише в години прийому.</translation>
    </message>
</context>
<context>
    <name>IssuedScreen</name>
    <message>
        <location filename="../screens/issued.py" line="49"/>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="57"/>
        <source>NOT PRINTED – please remember your number.</source>
        <translation>НЕ НАДРУКОВАНО – будь ласка, запам&apos;ятайте свій номер.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="59"/>
        <source>Please take your ticket below.</source>
        <translation>Будь ласка, візьміть талон унизу.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="61"/>
        <source>Please remember your number. It will be shown when it is your turn.</source>
        <translation>Будь ласка, запам&apos;ятайте свій номер. Його буде показано на екрані, коли настане ваша черга.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="64"/>
        <source>Scan to follow your place in the queue on your phone.</source>
        <translation>Скануйте код, щоб стежити за чергою на телефоні.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="66"/>
        <source>Touch the screen to go back.</source>
        <translation>Торкніться екрана, щоб повернутися.</translation>
    </message>
</context>
<context>
    <name>IssuingScreen</name>
    <message>
        <location filename="../screens/message.py" line="77"/>
        <source>Your ticket is being printed …</source>
        <translation>Ваш талон друкується …</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="79"/>
        <source>Your ticket is being issued …</source>
        <translation>Ваш талон оформлюється …</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="80"/>
        <source>One moment, please</source>
        <translation>Хвилинку, будь ласка</translation>
    </message>
</context>
<context>
    <name>KioskTexts</name>
    <message>
        <location filename="../texts.py" line="21"/>
        <source>Waiting time unknown</source>
        <translation>Час очікування невідомий</translation>
    </message>
    <message>
        <location filename="../texts.py" line="23"/>
        <source>No waiting time</source>
        <translation>Без очікування</translation>
    </message>
    <message>
        <location filename="../texts.py" line="25"/>
        <source>approx. {minutes} min</source>
        <translation>близько {minutes} хв.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="27"/>
        <source>approx. {low}–{high} min</source>
        <translation>близько {low}–{high} хв.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="32"/>
        <source>People waiting: {count}</source>
        <translation>Очікують: {count}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="37"/>
        <source>You are next.</source>
        <translation>Ви наступні.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="38"/>
        <source>People ahead of you: {count}</source>
        <translation>Перед вами: {count}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="46"/>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="vanished">завтра</translation>
    </message>
    <message>
        <location filename="../texts.py" line="51"/>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="56"/>
        <source>No open hours are planned at the moment.</source>
        <translation>Години прийому наразі не заплановані.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="57"/>
        <source>Next open hours: {when}</source>
        <translation>Наступні години прийому: {when}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="62"/>
        <source>Today&apos;s open hours are cancelled: {reason}</source>
        <translation>Прийом сьогодні скасовано: {reason}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="67"/>
        <source>Public holiday: {name}</source>
        <translation>Святковий день: {name}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="71"/>
        <source>This machine is out of order right now. Please ask at the reception desk.</source>
        <translation>Цей пристрій зараз не працює. Будь ласка, зверніться до довідкової.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="78"/>
        <source>No connection to the server.</source>
        <translation>Немає зв&apos;язку з сервером.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="79"/>
        <source>The server refused the request.</source>
        <translation>Сервер відхилив запит.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="80"/>
        <source>Printer: out of paper.</source>
        <translation>Принтер: закінчився папір.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="81"/>
        <source>Printer: cover open.</source>
        <translation>Принтер: відкрита кришка.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="82"/>
        <source>Printer: not reachable.</source>
        <translation>Принтер: недоступний.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="83"/>
        <source>Printer: no answer.</source>
        <translation>Принтер: немає відповіді.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="84"/>
        <source>Printer: printing failed.</source>
        <translation>Принтер: помилка друку.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="88"/>
        <source>Printer: error ({code}).</source>
        <translation>Принтер: помилка ({code}).</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <location filename="../screens/message.py" line="70"/>
        <source>Out of order</source>
        <translation>Не працює</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../admin_exit.py" line="72"/>
        <source>Admin</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <location filename="../admin_exit.py" line="75"/>
        <source>Admin PIN:</source>
        <translation>PIN адміністратора:</translation>
    </message>
    <message>
        <location filename="../admin_exit.py" line="87"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <location filename="../widgets/service_button.py" line="56"/>
        <source>Fully booked for today</source>
        <translation>На сьогодні місць немає</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../screens/start.py" line="47"/>
        <source>Welcome</source>
        <translation>Ласкаво просимо</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="48"/>
        <source>Please choose what you came for:</source>
        <translation>Будь ласка, оберіть послугу:</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="49"/>
        <source>Touch a button below. You will get a ticket with your number; the screens in the waiting area show when it is your turn.</source>
        <translation>Натисніть одну з кнопок нижче. Ви отримаєте талон із номером; екрани в залі очікування покажуть, коли настане ваша черга.</translation>
    </message>
</context>
<context>
    <name>TicketLayout</name>
    <message>
        <location filename="../printing/texts.py" line="52"/>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="53"/>
        <source>You are next</source>
        <translation>Ви наступні</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="54"/>
        <source>%n person(s) ahead</source>
        <translation>Перед вами: %n</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="55"/>
        <source>Waiting time</source>
        <translation>Час очікування</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="56"/>
        <source>approx. %1–%2 min</source>
        <translation>близько %1–%2 хв.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="57"/>
        <source>approx. %1 min</source>
        <translation>близько %1 хв.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="58"/>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="59"/>
        <source>Scan for your live status</source>
        <translation>Скануйте код, щоб дізнатися статус</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="60"/>
        <source>Please keep this ticket.</source>
        <translation>Будь ласка, збережіть цей талон.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="61"/>
        <source>Please watch the screen.</source>
        <translation>Будь ласка, стежте за екраном.</translation>
    </message>
</context>
</TS>
