<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CapacityScreen</name>
    <message>
        <location filename="../screens/message.py" line="60"/>
        <source>No more tickets today for “{service}”</source>
        <translation>لا توجد أرقام انتظار أخرى اليوم لخدمة «{service}»</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="61"/>
        <source>The people already waiting fill the rest of today&apos;s open hours.</source>
        <translation>المنتظرون حاليًا يشغلون ما تبقى من ساعات الاستقبال اليوم.</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="63"/>
        <source>Touch the screen to go back.</source>
        <translation>المس الشاشة للعودة.</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../screens/message.py" line="50"/>
        <source>No tickets at the moment</source>
        <translation>لا تُصرف أرقام انتظار حاليًا</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="51"/>
        <source>Tickets are issued during open hours only.</source>
        <translation>تُصرف أرقام الانتظار خلال ساعات الاستقبال فقط.</translation>
    </message>
</context>
<context>
    <name>IssuedScreen</name>
    <message>
        <location filename="../screens/issued.py" line="49"/>
        <source>Your number</source>
        <translation>رقمك</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="57"/>
        <source>NOT PRINTED – please remember your number.</source>
        <translation>لم تتم الطباعة – يرجى تذكر رقمك.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="59"/>
        <source>Please take your ticket below.</source>
        <translation>يرجى أخذ تذكرتك من الأسفل.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="61"/>
        <source>Please remember your number. It will be shown when it is your turn.</source>
        <translation>يرجى تذكر رقمك. سيظهر على الشاشة عندما يحين دورك.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="64"/>
        <source>Scan to follow your place in the queue on your phone.</source>
        <translation>امسح الرمز لمتابعة دورك على هاتفك.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="66"/>
        <source>Touch the screen to go back.</source>
        <translation>المس الشاشة للعودة.</translation>
    </message>
</context>
<context>
    <name>IssuingScreen</name>
    <message>
        <location filename="../screens/message.py" line="77"/>
        <source>Your ticket is being printed …</source>
        <translation>جارٍ طباعة تذكرتك …</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="79"/>
        <source>Your ticket is being issued …</source>
        <translation>جارٍ إصدار تذكرتك …</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="80"/>
        <source>One moment, please</source>
        <translation>لحظة من فضلك</translation>
    </message>
</context>
<context>
    <name>KioskTexts</name>
    <message>
        <location filename="../texts.py" line="21"/>
        <source>Waiting time unknown</source>
        <translation>مدة الانتظار غير معروفة</translation>
    </message>
    <message>
        <location filename="../texts.py" line="23"/>
        <source>No waiting time</source>
        <translation>لا يوجد انتظار</translation>
    </message>
    <message>
        <location filename="../texts.py" line="25"/>
        <source>approx. {minutes} min</source>
        <translation>حوالي {minutes} دقيقة</translation>
    </message>
    <message>
        <location filename="../texts.py" line="27"/>
        <source>approx. {low}–{high} min</source>
        <translation>حوالي {low}–{high} دقيقة</translation>
    </message>
    <message>
        <location filename="../texts.py" line="32"/>
        <source>People waiting: {count}</source>
        <translation>عدد المنتظرين: {count}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="37"/>
        <source>You are next.</source>
        <translation>أنت التالي.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="38"/>
        <source>People ahead of you: {count}</source>
        <translation>عدد الأشخاص قبلك: {count}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="46"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="vanished">غدًا</translation>
    </message>
    <message>
        <location filename="../texts.py" line="51"/>
        <source>{day}, {time}</source>
        <translation>{day}، الساعة {time}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="56"/>
        <source>No open hours are planned at the moment.</source>
        <translation>لا توجد ساعات استقبال مقررة حاليًا.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="57"/>
        <source>Next open hours: {when}</source>
        <translation>ساعات الاستقبال القادمة: {when}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="62"/>
        <source>Today&apos;s open hours are cancelled: {reason}</source>
        <translation>أُلغيت ساعات الاستقبال اليوم: {reason}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="67"/>
        <source>Public holiday: {name}</source>
        <translation>عطلة رسمية: {name}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="71"/>
        <source>This machine is out of order right now. Please ask at the reception desk.</source>
        <translation>هذا الجهاز معطل حاليًا. يرجى التوجه إلى مكتب الاستقبال.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="78"/>
        <source>No connection to the server.</source>
        <translation>لا يوجد اتصال بالخادم.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="79"/>
        <source>The server refused the request.</source>
        <translation>رفض الخادم الطلب.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="80"/>
        <source>Printer: out of paper.</source>
        <translation>الطابعة: نفد الورق.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="81"/>
        <source>Printer: cover open.</source>
        <translation>الطابعة: الغطاء مفتوح.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="82"/>
        <source>Printer: not reachable.</source>
        <translation>الطابعة: غير متصلة.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="83"/>
        <source>Printer: no answer.</source>
        <translation>الطابعة: لا يوجد رد.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="84"/>
        <source>Printer: printing failed.</source>
        <translation>الطابعة: فشلت الطباعة.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="88"/>
        <source>Printer: error ({code}).</source>
        <translation>الطابعة: خطأ ({code}).</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <location filename="../screens/message.py" line="70"/>
        <source>Out of order</source>
        <translation>خارج الخدمة</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../admin_exit.py" line="72"/>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../admin_exit.py" line="75"/>
        <source>Admin PIN:</source>
        <translation>رمز PIN للإدارة:</translation>
    </message>
    <message>
        <location filename="../admin_exit.py" line="87"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <location filename="../widgets/service_button.py" line="56"/>
        <source>Fully booked for today</source>
        <translation>محجوز بالكامل اليوم</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../screens/start.py" line="47"/>
        <source>Welcome</source>
        <translation>أهلاً وسهلاً</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="48"/>
        <source>Please choose what you came for:</source>
        <translation>يرجى اختيار الخدمة المطلوبة:</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="49"/>
        <source>Touch a button below. You will get a ticket with your number; the screens in the waiting area show when it is your turn.</source>
        <translation>المس أحد الأزرار أدناه. ستحصل على تذكرة برقمك، وستُظهر الشاشات في منطقة الانتظار متى يحين دورك.</translation>
    </message>
</context>
<context>
    <name>TicketLayout</name>
    <message>
        <location filename="../printing/texts.py" line="52"/>
        <source>Your number</source>
        <translation>رقمك</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="53"/>
        <source>You are next</source>
        <translation>أنت التالي</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="54"/>
        <source>%n person(s) ahead</source>
        <translation>عدد الأشخاص قبلك: %n</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="55"/>
        <source>Waiting time</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="56"/>
        <source>approx. %1–%2 min</source>
        <translation>حوالي %1–%2 دقيقة</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="57"/>
        <source>approx. %1 min</source>
        <translation>حوالي %1 دقيقة</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="58"/>
        <source>unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="59"/>
        <source>Scan for your live status</source>
        <translation>امسح الرمز لمعرفة حالتك</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="60"/>
        <source>Please keep this ticket.</source>
        <translation>يرجى الاحتفاظ بهذه التذكرة.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="61"/>
        <source>Please watch the screen.</source>
        <translation>يرجى متابعة الشاشة.</translation>
    </message>
</context>
</TS>
