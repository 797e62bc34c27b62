<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CapacityScreen</name>
    <message>
        <location filename="../screens/message.py" line="60"/>
        <source>No more tickets today for “{service}”</source>
        <translation>Сегодня талоны на «{service}» больше не выдаются</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="61"/>
        <source>The people already waiting fill the rest of today&apos;s open hours.</source>
        <translation>Ожидающие посетители уже заполнили оставшееся время приёма на сегодня.</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="63"/>
        <source>Touch the screen to go back.</source>
        <translation>Коснитесь экрана, чтобы вернуться.</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../screens/message.py" line="50"/>
        <source>No tickets at the moment</source>
        <translation>Сейчас талоны не выдаются</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="51"/>
        <source>Tickets are issued during open hours only.</source>
        <translation>Талоны выдаются только в часы приёма.</translation>
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
        <translation>НЕ НАПЕЧАТАНО – пожалуйста, запомните свой номер.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="59"/>
        <source>Please take your ticket below.</source>
        <translation>Пожалуйста, возьмите талон внизу.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="61"/>
        <source>Please remember your number. It will be shown when it is your turn.</source>
        <translation>Пожалуйста, запомните свой номер. Он появится на экране, когда подойдёт ваша очередь.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="64"/>
        <source>Scan to follow your place in the queue on your phone.</source>
        <translation>Отсканируйте код, чтобы следить за очередью на телефоне.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="66"/>
        <source>Touch the screen to go back.</source>
        <translation>Коснитесь экрана, чтобы вернуться.</translation>
    </message>
</context>
<context>
    <name>IssuingScreen</name>
    <message>
        <location filename="../screens/message.py" line="77"/>
        <source>Your ticket is being printed …</source>
        <translation>Ваш талон печатается …</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="79"/>
        <source>Your ticket is being issued …</source>
        <translation>Ваш талон оформляется …</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="80"/>
        <source>One moment, please</source>
        <translation>Минуточку, пожалуйста</translation>
    </message>
</context>
<context>
    <name>KioskTexts</name>
    <message>
        <location filename="../texts.py" line="21"/>
        <source>Waiting time unknown</source>
        <translation>Время ожидания неизвестно</translation>
    </message>
    <message>
        <location filename="../texts.py" line="23"/>
        <source>No waiting time</source>
        <translation>Без ожидания</translation>
    </message>
    <message>
        <location filename="../texts.py" line="25"/>
        <source>approx. {minutes} min</source>
        <translation>около {minutes} мин.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="27"/>
        <source>approx. {low}–{high} min</source>
        <translation>около {low}–{high} мин.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="32"/>
        <source>People waiting: {count}</source>
        <translation>Ожидают: {count}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="37"/>
        <source>You are next.</source>
        <translation>Вы следующий.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="38"/>
        <source>People ahead of you: {count}</source>
        <translation>Перед вами: {count}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="46"/>
        <source>today</source>
        <translation>сегодня</translation>
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
        <translation>Часы приёма сейчас не запланированы.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="57"/>
        <source>Next open hours: {when}</source>
        <translation>Следующие часы приёма: {when}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="62"/>
        <source>Today&apos;s open hours are cancelled: {reason}</source>
        <translation>Приём сегодня отменён: {reason}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="67"/>
        <source>Public holiday: {name}</source>
        <translation>Праздничный день: {name}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="71"/>
        <source>This machine is out of order right now. Please ask at the reception desk.</source>
        <translation>Это устройство сейчас не работает. Пожалуйста, обратитесь в справочную.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="78"/>
        <source>No connection to the server.</source>
        <translation>Нет связи с сервером.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="79"/>
        <source>The server refused the request.</source>
        <translation>Сервер отклонил запрос.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="80"/>
        <source>Printer: out of paper.</source>
        <translation>Принтер: закончилась бумага.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="81"/>
        <source>Printer: cover open.</source>
        <translation>Принтер: открыта крышка.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="82"/>
        <source>Printer: not reachable.</source>
        <translation>Принтер: недоступен.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="83"/>
        <source>Printer: no answer.</source>
        <translation>Принтер: нет ответа.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="84"/>
        <source>Printer: printing failed.</source>
        <translation>Принтер: ошибка печати.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="88"/>
        <source>Printer: error ({code}).</source>
        <translation>Принтер: ошибка ({code}).</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <location filename="../screens/message.py" line="70"/>
        <source>Out of order</source>
        <translation>Не работает</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../admin_exit.py" line="72"/>
        <source>Admin</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <location filename="../admin_exit.py" line="75"/>
        <source>Admin PIN:</source>
        <translation>PIN администратора:</translation>
    </message>
    <message>
        <location filename="../admin_exit.py" line="87"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <location filename="../widgets/service_button.py" line="56"/>
        <source>Fully booked for today</source>
        <translation>На сегодня мест нет</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../screens/start.py" line="47"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="48"/>
        <source>Please choose what you came for:</source>
        <translation>Пожалуйста, выберите услугу:</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="49"/>
        <source>Touch a button below. You will get a ticket with your number; the screens in the waiting area show when it is your turn.</source>
        <translation>Нажмите одну из кнопок ниже. Вы получите талон с номером; экраны в зале ожидания покажут, когда подойдёт ваша очередь.</translation>
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
        <translation>Вы следующий</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="54"/>
        <source>%n person(s) ahead</source>
        <translation>Перед вами: %n</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="55"/>
        <source>Waiting time</source>
        <translation>Время ожидания</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="56"/>
        <source>approx. %1–%2 min</source>
        <translation>около %1–%2 мин.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="57"/>
        <source>approx. %1 min</source>
        <translation>около %1 мин.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="58"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="59"/>
        <source>Scan for your live status</source>
        <translation>Отсканируйте код, чтобы узнать статус</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="60"/>
        <source>Please keep this ticket.</source>
        <translation>Пожалуйста, сохраните этот талон.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="61"/>
        <source>Please watch the screen.</source>
        <translation>Пожалуйста, следите за экраном.</translation>
    </message>
</context>
</TS>
