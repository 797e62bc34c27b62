<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>CapacityScreen</name>
    <message>
        <location filename="../screens/message.py" line="60"/>
        <source>No more tickets today for “{service}”</source>
        <translation>Bugün “{service}” için artık sıra numarası verilmiyor</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="61"/>
        <source>The people already waiting fill the rest of today&apos;s open hours.</source>
        <translation>Bekleyen kişiler bugünkü açık saatlerin geri kalanını dolduruyor.</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="63"/>
        <source>Touch the screen to go back.</source>
        <translation>Geri dönmek için ekrana dokunun.</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../screens/message.py" line="50"/>
        <source>No tickets at the moment</source>
        <translation>Şu anda sıra numarası verilmiyor</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="51"/>
        <source>Tickets are issued during open hours only.</source>
        <translation>Sıra numaraları yalnızca açık saatlerde verilir.</translation>
    </message>
</context>
<context>
    <name>IssuedScreen</name>
    <message>
        <location filename="../screens/issued.py" line="49"/>
        <source>Your number</source>
        <translation>Sıra numaranız</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="57"/>
        <source>NOT PRINTED – please remember your number.</source>
        <translation>YAZDIRILAMADI – lütfen numaranızı unutmayın.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="59"/>
        <source>Please take your ticket below.</source>
        <translation>Lütfen fişinizi aşağıdan alın.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="61"/>
        <source>Please remember your number. It will be shown when it is your turn.</source>
        <translation>Lütfen numaranızı unutmayın. Sıranız geldiğinde ekranda gösterilecektir.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="64"/>
        <source>Scan to follow your place in the queue on your phone.</source>
        <translation>Sıranızı telefonunuzdan takip etmek için kodu okutun.</translation>
    </message>
    <message>
        <location filename="../screens/issued.py" line="66"/>
        <source>Touch the screen to go back.</source>
        <translation>Geri dönmek için ekrana dokunun.</translation>
    </message>
</context>
<context>
    <name>IssuingScreen</name>
    <message>
        <location filename="../screens/message.py" line="77"/>
        <source>Your ticket is being printed …</source>
        <translation>Sıra numaranız yazdırılıyor …</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="79"/>
        <source>Your ticket is being issued …</source>
        <translation>Sıra numaranız oluşturuluyor …</translation>
    </message>
    <message>
        <location filename="../screens/message.py" line="80"/>
        <source>One moment, please</source>
        <translation>Lütfen bekleyin</translation>
    </message>
</context>
<context>
    <name>KioskTexts</name>
    <message>
        <location filename="../texts.py" line="21"/>
        <source>Waiting time unknown</source>
        <translation>Bekleme süresi bilinmiyor</translation>
    </message>
    <message>
        <location filename="../texts.py" line="23"/>
        <source>No waiting time</source>
        <translation>Bekleme yok</translation>
    </message>
    <message>
        <location filename="../texts.py" line="25"/>
        <source>approx. {minutes} min</source>
        <translation>yaklaşık {minutes} dk.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="27"/>
        <source>approx. {low}–{high} min</source>
        <translation>yaklaşık {low}–{high} dk.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="32"/>
        <source>People waiting: {count}</source>
        <translation>Bekleyen: {count}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="37"/>
        <source>You are next.</source>
        <translation>Sıradaki sizsiniz.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="38"/>
        <source>People ahead of you: {count}</source>
        <translation>Önünüzdeki kişi sayısı: {count}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="46"/>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="vanished">yarın</translation>
    </message>
    <message>
        <location filename="../texts.py" line="51"/>
        <source>{day}, {time}</source>
        <translation>{day}, saat {time}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="56"/>
        <source>No open hours are planned at the moment.</source>
        <translation>Şu anda planlanmış açık saat yok.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="57"/>
        <source>Next open hours: {when}</source>
        <translation>Bir sonraki açık saat: {when}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="62"/>
        <source>Today&apos;s open hours are cancelled: {reason}</source>
        <translation>Bugünkü açık saatler iptal edildi: {reason}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="67"/>
        <source>Public holiday: {name}</source>
        <translation>Resmî tatil: {name}</translation>
    </message>
    <message>
        <location filename="../texts.py" line="71"/>
        <source>This machine is out of order right now. Please ask at the reception desk.</source>
        <translation>Bu cihaz şu anda arızalı. Lütfen danışmaya başvurun.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="78"/>
        <source>No connection to the server.</source>
        <translation>Sunucuya bağlantı yok.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="79"/>
        <source>The server refused the request.</source>
        <translation>Sunucu isteği reddetti.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="80"/>
        <source>Printer: out of paper.</source>
        <translation>Yazıcı: kâğıt bitti.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="81"/>
        <source>Printer: cover open.</source>
        <translation>Yazıcı: kapak açık.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="82"/>
        <source>Printer: not reachable.</source>
        <translation>Yazıcıya ulaşılamıyor.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="83"/>
        <source>Printer: no answer.</source>
        <translation>Yazıcı: yanıt yok.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="84"/>
        <source>Printer: printing failed.</source>
        <translation>Yazıcı: yazdırma başarısız.</translation>
    </message>
    <message>
        <location filename="../texts.py" line="88"/>
        <source>Printer: error ({code}).</source>
        <translation>Yazıcı: hata ({code}).</translation>
    </message>
</context>
<context>
    <name>OutOfOrderScreen</name>
    <message>
        <location filename="../screens/message.py" line="70"/>
        <source>Out of order</source>
        <translation>Arızalı</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../admin_exit.py" line="72"/>
        <source>Admin</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../admin_exit.py" line="75"/>
        <source>Admin PIN:</source>
        <translation>Yönetici PIN&apos;i:</translation>
    </message>
    <message>
        <location filename="../admin_exit.py" line="87"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <location filename="../widgets/service_button.py" line="56"/>
        <source>Fully booked for today</source>
        <translation>Bugün için dolu</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../screens/start.py" line="47"/>
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="48"/>
        <source>Please choose what you came for:</source>
        <translation>Lütfen işleminizi seçin:</translation>
    </message>
    <message>
        <location filename="../screens/start.py" line="49"/>
        <source>Touch a button below. You will get a ticket with your number; the screens in the waiting area show when it is your turn.</source>
        <translation>Aşağıdaki düğmelerden birine dokunun. Numaranızın yazılı olduğu bir fiş alacaksınız; bekleme alanındaki ekranlar sıranızın ne zaman geldiğini gösterir.</translation>
    </message>
</context>
<context>
    <name>TicketLayout</name>
    <message>
        <location filename="../printing/texts.py" line="52"/>
        <source>Your number</source>
        <translation>Sıra numaranız</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="53"/>
        <source>You are next</source>
        <translation>Sıradaki sizsiniz</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="54"/>
        <source>%n person(s) ahead</source>
        <translation>Önünüzdeki kişi sayısı: %n</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="55"/>
        <source>Waiting time</source>
        <translation>Bekleme süresi</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="56"/>
        <source>approx. %1–%2 min</source>
        <translation>yaklaşık %1–%2 dk.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="57"/>
        <source>approx. %1 min</source>
        <translation>yaklaşık %1 dk.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="58"/>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="59"/>
        <source>Scan for your live status</source>
        <translation>Güncel durum için kodu okutun</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="60"/>
        <source>Please keep this ticket.</source>
        <translation>Lütfen bu fişi saklayın.</translation>
    </message>
    <message>
        <location filename="../printing/texts.py" line="61"/>
        <source>Please watch the screen.</source>
        <translation>Lütfen ekranı takip edin.</translation>
    </message>
</context>
</TS>
