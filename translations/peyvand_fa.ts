<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Application</name>
    <message>
        <source>Peyvand</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <source>Peyvand cannot open the database</source>
        <translation>پیوند نمی‌تواند پایگاه داده را باز کند</translation>
    </message>
    <message>
        <source>Database checked: no problems found.</source>
        <translation>پایگاه داده بررسی شد: مشکلی پیدا نشد.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>پایگاه داده آسیب دیده است</translation>
    </message>
    <message>
        <source>Stop working with this file and restore it from a backup; changes made now may be lost.</source>
        <translation>کار با این فایل را متوقف کنید و آن را از پشتیبان بازگردانید؛ تغییراتی که اکنون بدهید ممکن است از دست برود.</translation>
    </message>
    <message>
        <source>Checking the database in the background…</source>
        <translation>در حال بررسی پایگاه داده در پس‌زمینه…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown option “%1”</source>
        <translation>گزینهٔ ناشناختهٔ «%1»</translation>
    </message>
    <message>
        <source>option “%1” is given more than once</source>
        <translation>گزینهٔ «%1» بیش از یک بار آمده است</translation>
    </message>
    <message>
        <source>option “%1” takes no value</source>
        <translation>گزینهٔ «%1» مقدار نمی‌گیرد</translation>
    </message>
    <message>
        <source>option “%1” needs a value (%2)</source>
        <translation>گزینهٔ «%1» به مقدار نیاز دارد (%2)</translation>
    </message>
    <message>
        <source>unknown command “%1” — see “peyvand-cli --help”</source>
        <translation>فرمان ناشناختهٔ «%1» — «peyvand-cli --help» را ببینید</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>فرمانی داده نشده است</translation>
    </message>
    <message>
        <source>“%1” needs a subcommand</source>
        <translation>«%1» به یک زیرفرمان نیاز دارد</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>فرمان ناشناختهٔ «%1»</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 داده نشده است</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>آرگومان اضافی «%1»</translation>
    </message>
    <message>
        <source>unknown language “%1”; use fa or en</source>
        <translation>زبان ناشناختهٔ «%1»؛ fa یا en را به کار ببرید</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db به نام فایل نیاز دارد</translation>
    </message>
    <message>
        <source>the database file (default: the desktop app&apos;s database)</source>
        <translation>فایل پایگاه داده (پیش‌فرض: پایگاه دادهٔ برنامهٔ دسکتاپ)</translation>
    </message>
    <message>
        <source>language of human output (default fa: Persian digits, Jalali dates)</source>
        <translation>زبان خروجی متنی (پیش‌فرض fa: رقم‌های فارسی، تاریخ شمسی)</translation>
    </message>
    <message>
        <source>print the result as JSON (UTF-8, ASCII digits)</source>
        <translation>چاپ نتیجه به‌صورت JSON (UTF-8، رقم‌های لاتین)</translation>
    </message>
    <message>
        <source>describe the command</source>
        <translation>نمایش راهنمای فرمان</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file</source>
        <translation>«%1» یک پوشه است، نه فایل پایگاه داده</translation>
    </message>
    <message>
        <source>there is no database at “%1”; create it with “peyvand-cli init”</source>
        <translation>در «%1» پایگاه داده‌ای وجود ندارد؛ آن را با «peyvand-cli init» بسازید</translation>
    </message>
    <message>
        <source>cannot create the folder “%1”</source>
        <translation>پوشهٔ «%1» ساخته نمی‌شود</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist</source>
        <translation>پوشهٔ «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>“%1” is not a folder</source>
        <translation>«%1» پوشه نیست</translation>
    </message>
    <message>
        <source>cannot write to the folder “%1”</source>
        <translation>در پوشهٔ «%1» نمی‌توان نوشت</translation>
    </message>
    <message>
        <source>see “%1”</source>
        <translation>«%1» را ببینید</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>یادداشت خالی است</translation>
    </message>
    <message>
        <source>“%1” is not a channel; use one of: %2</source>
        <translation>«%1» کانال معتبری نیست؛ یکی از این‌ها را بنویسید: %2</translation>
    </message>
    <message>
        <source>“%1” is not a direction; use in or out</source>
        <translation>«%1» جهت معتبری نیست؛ in یا out را بنویسید</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 الزامی است</translation>
    </message>
    <message>
        <source>add a dated note to a customer and print its ID</source>
        <translation>افزودن یادداشت تاریخ‌دار برای مشتری و چاپ شناسهٔ آن</translation>
    </message>
    <message>
        <source>when (a date or an ISO date-time; default now)</source>
        <translation>زمان (تاریخ یا تاریخ-زمان ISO؛ پیش‌فرض: اکنون)</translation>
    </message>
    <message>
        <source>log an interaction with a customer and print its ID</source>
        <translation>ثبت تعامل با مشتری و چاپ شناسهٔ آن</translation>
    </message>
    <message>
        <source>Channels: phone, email, meeting, chat, social, sms, in_person.</source>
        <translation>کانال‌ها: phone، email، meeting، chat، social، sms، in_person.</translation>
    </message>
    <message>
        <source>how (required)</source>
        <translation>کانال تعامل (الزامی)</translation>
    </message>
    <message>
        <source>what was said (required)</source>
        <translation>خلاصهٔ گفتگو (الزامی)</translation>
    </message>
    <message>
        <source>who reached out (default out: we did)</source>
        <translation>چه کسی تماس را آغاز کرد (پیش‌فرض out: ما)</translation>
    </message>
    <message>
        <source>the person on the customer&apos;s side</source>
        <translation>طرف گفتگو از سوی مشتری</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>date to follow up</source>
        <translation>تاریخ پیگیری</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name الزامی است</translation>
    </message>
    <message>
        <source>nothing to change: give at least one field option</source>
        <translation>چیزی برای تغییر نیست: دست‌کم گزینهٔ یکی از فیلدها را بدهید</translation>
    </message>
    <message>
        <source>Customer %1 archived.</source>
        <translation>مشتری %1 بایگانی شد.</translation>
    </message>
    <message>
        <source>Customer %1 restored.</source>
        <translation>مشتری %1 بازگردانده شد.</translation>
    </message>
    <message>
        <source>Customer %1 deleted with their notes and interactions.</source>
        <translation>مشتری %1 همراه با یادداشت‌ها و تعامل‌هایش حذف شد.</translation>
    </message>
    <message>
        <source>add a customer and print the new ID</source>
        <translation>افزودن مشتری و چاپ شناسهٔ جدید</translation>
    </message>
    <message>
        <source>An invalid national ID, mobile, email, … exits with status 2 naming the field, and nothing is stored. Warnings (unknown mobile operator, unusual postal code) are printed as “warning: …” and do not fail. With --json the new customer is printed.</source>
        <translation>اگر کد ملی، موبایل، ایمیل و … نامعتبر باشد، برنامه با کد خروج ۲ و ذکر نام فیلد پایان می‌یابد و چیزی ذخیره نمی‌شود. هشدارها (اپراتور ناشناختهٔ موبایل، کد پستی غیرعادی) به شکل «warning: …» چاپ می‌شوند و مانع کار نمی‌شوند. با --json، مشتری جدید چاپ می‌شود.</translation>
    </message>
    <message>
        <source>change fields of a customer</source>
        <translation>تغییر فیلدهای یک مشتری</translation>
    </message>
    <message>
        <source>Only the options given change. --tag and --phone replace the whole list; --add-… and --remove-… edit it. An empty value clears a field.</source>
        <translation>فقط فیلدهایی تغییر می‌کنند که گزینه‌شان داده شده است. --tag و --phone کل فهرست را جایگزین می‌کنند؛ --add-… و --remove-… آن را ویرایش می‌کنند. مقدار خالی، فیلد را پاک می‌کند.</translation>
    </message>
    <message>
        <source>hide a customer from lists (restorable)</source>
        <translation>پنهان کردن مشتری از فهرست‌ها (قابل بازگرداندن)</translation>
    </message>
    <message>
        <source>bring an archived customer back</source>
        <translation>بازگرداندن مشتری بایگانی‌شده</translation>
    </message>
    <message>
        <source>delete a customer with their notes and interactions</source>
        <translation>حذف مشتری همراه با یادداشت‌ها و تعامل‌هایش</translation>
    </message>
    <message>
        <source>full name of the person, or the company&apos;s name</source>
        <translation>نام و نام خانوادگی شخص، یا نام شرکت</translation>
    </message>
    <message>
        <source>where the person works</source>
        <translation>محل کار شخص</translation>
    </message>
    <message>
        <source>national ID (10 digits, checked)</source>
        <translation>کد ملی (۱۰ رقم، بررسی می‌شود)</translation>
    </message>
    <message>
        <source>legal-entity national ID (11 digits, checked)</source>
        <translation>شناسهٔ ملی اشخاص حقوقی (۱۱ رقم، بررسی می‌شود)</translation>
    </message>
    <message>
        <source>economic code</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>company registration number</source>
        <translation>شمارهٔ ثبت شرکت</translation>
    </message>
    <message>
        <source>mobile number (09…, +98…, any digits)</source>
        <translation>شمارهٔ موبایل (۰۹…، ‎+98…، با هر نوع رقمی)</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>نشانی ایمیل</translation>
    </message>
    <message>
        <source>website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Instagram ID</source>
        <translation>شناسهٔ اینستاگرام</translation>
    </message>
    <message>
        <source>Telegram ID</source>
        <translation>شناسهٔ تلگرام</translation>
    </message>
    <message>
        <source>WhatsApp number</source>
        <translation>شمارهٔ واتس‌اپ</translation>
    </message>
    <message>
        <source>LinkedIn profile</source>
        <translation>پروفایل لینکدین</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>نشانی پستی</translation>
    </message>
    <message>
        <source>city</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>postal code (10 digits)</source>
        <translation>کد پستی (۱۰ رقم)</translation>
    </message>
    <message>
        <source>how the customer found us</source>
        <translation>منبع آشنایی (مشتری از کجا با ما آشنا شد)</translation>
    </message>
    <message>
        <source>a person (default) or a company</source>
        <translation>شخص حقیقی (پیش‌فرض) یا شرکت (حقوقی)</translation>
    </message>
    <message>
        <source>another phone number (repeat for more)</source>
        <translation>شمارهٔ تلفن دیگر (برای چند شماره، تکرار کنید)</translation>
    </message>
    <message>
        <source>a tag (repeat for more)</source>
        <translation>برچسب (برای چند برچسب، تکرار کنید)</translation>
    </message>
    <message>
        <source>preferred way to contact: unspecified, phone, mobile, sms, email, whatsapp, telegram, instagram, in_person</source>
        <translation>راه تماس ترجیحی: unspecified، phone، mobile، sms، email، whatsapp، telegram، instagram، in_person</translation>
    </message>
    <message>
        <source>customer since (Jalali 1403/01/01 or ISO 2024-03-20; default today)</source>
        <translation>مشتری از (شمسی ۱۴۰۳/۰۱/۰۱ یا ISO 2024-03-20؛ پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <source>add a tag, keeping the others</source>
        <translation>افزودن برچسب، بدون حذف برچسب‌های دیگر</translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation>حذف یک برچسب</translation>
    </message>
    <message>
        <source>add a phone number, keeping the others</source>
        <translation>افزودن شمارهٔ تلفن، بدون حذف شماره‌های دیگر</translation>
    </message>
    <message>
        <source>remove a phone number</source>
        <translation>حذف یک شمارهٔ تلفن</translation>
    </message>
    <message>
        <source>“%1” is not a kind of customer; use one of: %2</source>
        <translation>«%1» نوع مشتری معتبری نیست؛ یکی از این‌ها را بنویسید: %2</translation>
    </message>
    <message>
        <source>“%1” is not a contact channel; use one of: %2</source>
        <translation>«%1» راه تماس معتبری نیست؛ یکی از این‌ها را بنویسید: %2</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>پیگیری %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Interactions: %1, notes: %2</source>
        <translation>تعامل‌ها: %1، یادداشت‌ها: %2</translation>
    </message>
    <message>
        <source>Last interaction: %1</source>
        <translation>آخرین تعامل: %1</translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>پیگیری بعدی: %1</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>یادداشت‌ها:</translation>
    </message>
    <message>
        <source>Interactions:</source>
        <translation>تعامل‌ها:</translation>
    </message>
    <message>
        <source>give either --archived or --all, not both</source>
        <translation>یا --archived بدهید یا --all، نه هر دو</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>هیچ مشتری‌ای پیدا نشد.</translation>
    </message>
    <message>
        <source>at most N customers</source>
        <translation>حداکثر N مشتری</translation>
    </message>
    <message>
        <source>skip the first N</source>
        <translation>رد کردن N مورد اول</translation>
    </message>
    <message>
        <source>only customers with this tag</source>
        <translation>فقط مشتریانی که این برچسب را دارند</translation>
    </message>
    <message>
        <source>only customers in this city</source>
        <translation>فقط مشتریان این شهر</translation>
    </message>
    <message>
        <source>only customers from this source</source>
        <translation>فقط مشتریان با این منبع آشنایی</translation>
    </message>
    <message>
        <source>only archived customers</source>
        <translation>فقط مشتریان بایگانی‌شده</translation>
    </message>
    <message>
        <source>active and archived customers</source>
        <translation>مشتریان فعال و بایگانی‌شده</translation>
    </message>
    <message>
        <source>show a customer with summary, notes and interactions</source>
        <translation>نمایش مشتری با خلاصه، یادداشت‌ها و تعامل‌ها</translation>
    </message>
    <message>
        <source>find customers, best matches first (default: 20)</source>
        <translation>جستجوی مشتریان، مرتبط‌ترین‌ها اول (پیش‌فرض: ۲۰)</translation>
    </message>
    <message>
        <source>Every word must occur in the name, company, phones, email, IDs, city or tags; Arabic and Persian letter forms and digits match each other. Quotes, *, -, OR, NEAR and brackets are searched as plain text. Put a query that starts with “--” after “--”.</source>
        <translation>هر واژه باید در نام، شرکت، تلفن‌ها، ایمیل، کدها و شناسه‌ها، شهر یا برچسب‌ها آمده باشد؛ شکل‌های عربی و فارسی حروف و رقم‌ها با هم یکسان شمرده می‌شوند. علامت‌های نقل‌قول، *، -، OR، NEAR و پرانتزها به‌صورت متن ساده جستجو می‌شوند. عبارتی را که با «--» شروع می‌شود، پس از «--» بنویسید.</translation>
    </message>
    <message>
        <source>list customers by name (default: 50)</source>
        <translation>فهرست مشتریان به ترتیب نام (پیش‌فرض: ۵۰)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>نسخهٔ ساختار: %1</translation>
    </message>
    <message>
        <source>Backup before migrating: %1</source>
        <translation>پشتیبان پیش از به‌روزرسانی ساختار: %1</translation>
    </message>
    <message>
        <source>The database is healthy: integrity and foreign keys check out.</source>
        <translation>پایگاه داده سالم است: یکپارچگی و کلیدهای خارجی درست‌اند.</translation>
    </message>
    <message>
        <source>The database has problems:</source>
        <translation>پایگاه داده مشکل دارد:</translation>
    </message>
    <message numerus="yes">
        <source>the integrity check found %n problem(s)</source>
        <translation>
            <numerusform>بررسی یکپارچگی %n مشکل پیدا کرد</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1 demo customers.</source>
        <translation>%1 مشتری نمونه ساخته شد.</translation>
    </message>
    <message>
        <source>create the database or bring it to the current schema</source>
        <translation>ساختن پایگاه داده یا به‌روز کردن ساختار آن به نسخهٔ فعلی</translation>
    </message>
    <message>
        <source>Prints the database&apos;s path and schema version. A file from a newer Peyvand, a file that is not a Peyvand database and a damaged file are refused and left untouched.</source>
        <translation>مسیر پایگاه داده و نسخهٔ ساختار آن را چاپ می‌کند. فایلی از نسخهٔ جدیدتر پیوند، فایلی که پایگاه دادهٔ پیوند نیست و فایل آسیب‌دیده پذیرفته نمی‌شوند و دست‌نخورده می‌مانند.</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and foreign keys</source>
        <translation>بررسی یکپارچگی و کلیدهای خارجی پایگاه داده</translation>
    </message>
    <message>
        <source>Exit status 0 when both checks are clean, 1 otherwise (the problems are listed).</source>
        <translation>اگر هر دو بررسی بی‌مشکل باشند کد خروج ۰ است، وگرنه ۱ (و مشکل‌ها فهرست می‌شوند).</translation>
    </message>
    <message>
        <source>add realistic demo customers (with notes and interactions)</source>
        <translation>افزودن مشتریان نمونهٔ واقعی‌نما (همراه با یادداشت و تعامل)</translation>
    </message>
    <message>
        <source>how many customers (default 200)</source>
        <translation>تعداد مشتریان (پیش‌فرض ۲۰۰)</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same data</source>
        <translation>بذر تصادفی (seed)؛ بذر یکسان داده‌های یکسان می‌سازد</translation>
    </message>
    <message>
        <source>no notes and interactions (faster)</source>
        <translation>بدون یادداشت و تعامل (سریع‌تر)</translation>
    </message>
    <message>
        <source>Usage: peyvand-cli [--db PATH] [--lang fa|en] [--json] COMMAND …</source>
        <translation>طرز استفاده: peyvand-cli [--db PATH] [--lang fa|en] [--json] COMMAND …</translation>
    </message>
    <message>
        <source>Peyvand&apos;s command line: the same customer data as the desktop app, for scripts.</source>
        <translation>خط فرمان پیوند: همان داده‌های مشتریان برنامهٔ دسکتاپ، برای اسکریپت‌ها.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>فرمان‌ها:</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>گزینه‌های همهٔ فرمان‌ها:</translation>
    </message>
    <message>
        <source>Dates may be Jalali (1403/01/01) or ISO (2024-03-20), in any digits.</source>
        <translation>تاریخ‌ها می‌توانند شمسی (۱۴۰۳/۰۱/۰۱) یا ISO (2024-03-20) باشند، با هر نوع رقمی.</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure while working (files, database), 2 bad input or usage.</source>
        <translation>کد خروج: ۰ موفقیت، ۱ خطا هنگام کار (فایل‌ها، پایگاه داده)، ۲ ورودی یا طرز استفادهٔ نادرست.</translation>
    </message>
    <message>
        <source>“peyvand-cli COMMAND --help” describes one command.</source>
        <translation>«peyvand-cli COMMAND --help» راهنمای یک فرمان را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Usage: peyvand-cli %1 SUBCOMMAND …</source>
        <translation>طرز استفاده: peyvand-cli %1 SUBCOMMAND …</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>زیرفرمان‌ها:</translation>
    </message>
    <message>
        <source>“peyvand-cli %1 SUBCOMMAND --help” describes one.</source>
        <translation>«peyvand-cli %1 SUBCOMMAND --help» راهنمای یک زیرفرمان را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Usage: %1 [OPTIONS]</source>
        <translation>طرز استفاده: %1 [OPTIONS]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>گزینه‌ها:</translation>
    </message>
    <message>
        <source>“%1” is not a valid ID</source>
        <translation>«%1» شناسهٔ معتبری نیست</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from %2 to %3</source>
        <translation>«%1» عدد صحیحی از %2 تا %3 نیست</translation>
    </message>
    <message>
        <source>“%1” is not a date or an ISO date-time</source>
        <translation>«%1» تاریخ یا تاریخ-زمان ISO نیست</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>That note does not exist.</source>
        <translation>این یادداشت وجود ندارد.</translation>
    </message>
    <message>
        <source>That interaction does not exist.</source>
        <translation>این تعامل وجود ندارد.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص حقیقی</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت (حقوقی)</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>فرقی نمی‌کند</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>تماس تلفنی</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتس‌اپ</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تلگرام</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>گفتگوی آنلاین</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>شبکهٔ اجتماعی</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>خروجی (ما تماس گرفتیم)</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی (مشتری تماس گرفت)</translation>
    </message>
    <message>
        <source>There is no customer with number %1.</source>
        <translation>مشتری‌ای با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>یادداشت خالی است.</translation>
    </message>
    <message>
        <source>Write a short summary of the interaction.</source>
        <translation>خلاصهٔ کوتاهی از این تعامل بنویسید.</translation>
    </message>
    <message>
        <source>%1 cannot contain spaces.</source>
        <translation>%1 نمی‌تواند فاصله داشته باشد.</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>نام را وارد کنید.</translation>
    </message>
    <message>
        <source>Name is too long (at most 200 characters).</source>
        <translation>نام خیلی طولانی است (حداکثر ۲۰۰ نویسه).</translation>
    </message>
    <message>
        <source>The mobile number %1 has a prefix no Iranian operator is known to use; check it.</source>
        <translation>پیش‌شمارهٔ موبایل %1 متعلق به هیچ اپراتور شناخته‌شده‌ای نیست؛ آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>Website must be an address such as example.ir.</source>
        <translation>وب‌سایت باید نشانی‌ای مانند example.ir باشد.</translation>
    </message>
    <message>
        <source>The postal code %1 does not look like an Iranian postal code; check it.</source>
        <translation>کد پستی %1 شبیه کدهای پستی ایران نیست؛ آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>The tag “%1” is too long (at most 50 characters).</source>
        <translation>برچسب «%1» خیلی طولانی است (حداکثر ۵۰ نویسه).</translation>
    </message>
    <message>
        <source>Companies are usually identified by their legal ID (شناسه ملی), not a national ID.</source>
        <translation>شرکت‌ها معمولاً با شناسهٔ ملی اشخاص حقوقی شناخته می‌شوند، نه کد ملی.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Legal ID</source>
        <translation>شناسهٔ ملی</translation>
    </message>
    <message>
        <source>Economic code</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>شمارهٔ ثبت</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>تلفن‌های دیگر</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>لینکدین</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>راه تماس ترجیحی</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع آشنایی</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>مشتری از</translation>
    </message>
    <message>
        <source>Creating demo data was cancelled.</source>
        <translation>ساخت داده‌های نمونه لغو شد.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file “%1” cannot be read: %2</source>
        <translation>فایل پایگاه داده «%1» خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Peyvand database (it is not an SQLite file).</source>
        <translation>«%1» پایگاه دادهٔ پیوند نیست (فایل SQLite نیست).</translation>
    </message>
    <message>
        <source>“%1” is an SQLite file of another program, not a Peyvand database.</source>
        <translation>«%1» فایل SQLite برنامهٔ دیگری است، نه پایگاه دادهٔ پیوند.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Peyvand (schema %2; this version knows up to %3). Update Peyvand to open it.</source>
        <translation>«%1» با نسخهٔ جدیدتری از پیوند ساخته شده است (ساختار %2؛ این نسخه تا %3 را می‌شناسد). برای باز کردن آن، پیوند را به‌روز کنید.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«%1» یک پوشه است، نه فایل پایگاه داده.</translation>
    </message>
    <message>
        <source>The database file “%1” is read-only; Peyvand needs to write to it.</source>
        <translation>فایل پایگاه داده «%1» فقط‌خواندنی است؛ پیوند باید بتواند در آن بنویسد.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>پوشهٔ «%1» ساخته نمی‌شود.</translation>
    </message>
    <message>
        <source>The folder “%1” is not writable, so the database cannot be created there.</source>
        <translation>در پوشهٔ «%1» نمی‌توان نوشت، پس پایگاه داده آنجا ساخته نمی‌شود.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>فایل پایگاه داده «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>درایور SQLite برای Qt نصب نیست.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be opened.</source>
        <translation>فایل پایگاه داده «%1» باز نمی‌شود.</translation>
    </message>
    <message>
        <source>This SQLite library does not enforce foreign keys.</source>
        <translation>این نسخهٔ SQLite کلیدهای خارجی را اعمال نمی‌کند.</translation>
    </message>
    <message>
        <source>The backup folder “%1” cannot be created.</source>
        <translation>پوشهٔ پشتیبان «%1» ساخته نمی‌شود.</translation>
    </message>
    <message>
        <source>A backup named “%1” already exists.</source>
        <translation>پشتیبانی به نام «%1» از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>Could not back up the database before updating it; nothing was changed.</source>
        <translation>پیش از به‌روزرسانی، از پایگاه داده پشتیبان گرفته نشد؛ هیچ تغییری داده نشد.</translation>
    </message>
    <message>
        <source>The database version cannot be read.</source>
        <translation>نسخهٔ پایگاه داده خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Peyvand.</source>
        <translation>«%1» با نسخهٔ جدیدتری از پیوند ساخته شده است.</translation>
    </message>
    <message>
        <source>update its structure</source>
        <translation>ساختارش را به‌روز کند</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>فایل پایگاه داده آسیب دیده است.</translation>
    </message>
    <message>
        <source>A schema update is missing from this build.</source>
        <translation>یکی از به‌روزرسانی‌های ساختار در این نسخه از برنامه نیست.</translation>
    </message>
    <message>
        <source>The database could not %1.</source>
        <translation>پایگاه داده نتوانست %1.</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>یک دستور پایگاه داده اجرا نشد.</translation>
    </message>
    <message>
        <source>The SQLite driver is not available.</source>
        <translation>درایور SQLite در دسترس نیست.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>%1 (%2)</source>
        <comment>Jalali date followed by the Gregorian date</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date followed by the time of day</comment>
        <translation>%1، ساعت %2</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>A value is not acceptable.</source>
        <translation>یکی از مقدارها پذیرفتنی نیست.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>این مورد دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The change conflicts with data already saved.</source>
        <translation>این تغییر با داده‌هایی که قبلاً ذخیره شده‌اند تعارض دارد.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>عدد بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation>پایگاه داده خطا گزارش کرد.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>فایل خوانده یا نوشته نشد.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <source>Something went wrong inside Peyvand.</source>
        <translation>در پیوند خطایی پیش آمد.</translation>
    </message>
    <message>
        <source>“%1” is not a Peyvand database. It may be another program&apos;s file. Peyvand did not change it.</source>
        <translation>«%1» پایگاه دادهٔ پیوند نیست. شاید فایل برنامهٔ دیگری باشد. پیوند آن را تغییر نداد.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Peyvand. Install the newer version to open it. Peyvand did not change it.</source>
        <translation>«%1» با نسخهٔ جدیدتری از پیوند ذخیره شده است. برای باز کردن آن، نسخهٔ جدیدتر را نصب کنید. پیوند آن را تغییر نداد.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely. Restore it from a backup. Peyvand did not change it.</source>
        <translation>«%1» آسیب دیده است و نمی‌توان آن را با اطمینان باز کرد. آن را از نسخهٔ پشتیبان بازگردانید. پیوند آن را تغییر نداد.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened for writing. Check that the folder exists and that you may write to it.</source>
        <translation>«%1» برای نوشتن باز نمی‌شود. بررسی کنید که پوشه وجود داشته باشد و اجازهٔ نوشتن در آن را داشته باشید.</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>«%1» باز نشد.</translation>
    </message>
</context>
<context>
    <name>Jalali</name>
    <message>
        <source>“%1” is not a valid date: %2</source>
        <translation>«%1» تاریخ معتبری نیست: %2</translation>
    </message>
    <message>
        <source>write it as year/month/day, e.g. 1403/12/30.</source>
        <translation>آن را به شکل سال/ماه/روز بنویسید، مثلاً ۱۴۰۳/۱۲/۳۰.</translation>
    </message>
    <message>
        <source>the year must have four digits.</source>
        <translation>سال باید چهار رقمی باشد.</translation>
    </message>
    <message>
        <source>“%1” is not a month.</source>
        <translation>«%1» ماه نیست.</translation>
    </message>
    <message>
        <source>the day must be a number from 1 to 31.</source>
        <translation>روز باید عددی از ۱ تا ۳۱ باشد.</translation>
    </message>
    <message>
        <source>the month must be a number from 1 to 12.</source>
        <translation>ماه باید عددی از ۱ تا ۱۲ باشد.</translation>
    </message>
    <message>
        <source>%1 %2 has %3 days.</source>
        <translation>%1 سال %2، %3 روز دارد.</translation>
    </message>
    <message>
        <source>write a Gregorian date as year-month-day, e.g. 2025-03-20.</source>
        <translation>تاریخ میلادی را به شکل سال-ماه-روز بنویسید، مثلاً 2025-03-20.</translation>
    </message>
    <message>
        <source>there is no such day in the Gregorian calendar.</source>
        <translation>چنین روزی در تقویم میلادی وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large to calculate with.</source>
        <translation>این مبلغ برای محاسبه بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» عدد نیست.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n decimal place(s) are allowed.</source>
        <translation>
            <numerusform>حداکثر %n رقم اعشار مجاز است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>تقسیم بر صفر.</translation>
    </message>
    <message>
        <source>Cannot allocate a negative amount.</source>
        <translation>مبلغ منفی را نمی‌توان تقسیم کرد.</translation>
    </message>
    <message>
        <source>Cannot allocate by a negative weight.</source>
        <translation>با وزن منفی نمی‌توان تقسیم کرد.</translation>
    </message>
    <message>
        <source>There is nothing to spread the amount over.</source>
        <translation>چیزی برای سرشکن کردن مبلغ وجود ندارد.</translation>
    </message>
    <message>
        <source>Amounts are whole Rials: “%1” has a fraction.</source>
        <translation>مبلغ‌ها ریال کامل‌اند: «%1» اعشار دارد.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>«%1» مبلغ نیست.</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <source>A discount must be between 0 and 100 percent.</source>
        <translation>تخفیف باید بین ۰ تا ۱۰۰ درصد باشد.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>تخفیف نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The discount is larger than the amount it applies to.</source>
        <translation>تخفیف از مبلغی که بر آن اعمال می‌شود بیشتر است.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>قیمت نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative.</source>
        <translation>مقدار نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>There are no lines to apply the discount to.</source>
        <translation>ردیفی برای اعمال تخفیف وجود ندارد.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>مبلغ نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The start date of the rate is missing.</source>
        <translation>تاریخ شروع نرخ وارد نشده است.</translation>
    </message>
    <message>
        <source>A tax rate must be between 0 and 100 percent.</source>
        <translation>نرخ مالیات باید بین ۰ تا ۱۰۰ درصد باشد.</translation>
    </message>
    <message>
        <source>No tax rate is set for %1; add one in Settings.</source>
        <translation>برای تاریخ %1 نرخ مالیاتی تعریف نشده است؛ آن را در تنظیمات اضافه کنید.</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Peyvand: customers, leads and pre-invoices for small businesses.</source>
        <translation>پیوند: مشتریان، سرنخ‌ها و پیش‌فاکتورها برای کسب‌وکارهای کوچک.</translation>
    </message>
    <message>
        <source>Open the database at PATH instead of the default one.</source>
        <translation>باز کردن پایگاه دادهٔ PATH به‌جای پایگاه دادهٔ پیش‌فرض.</translation>
    </message>
    <message>
        <source>Language of the user interface: fa or en.</source>
        <translation>زبان رابط کاربری: fa یا en.</translation>
    </message>
    <message>
        <source>Print the startup time in milliseconds and quit.</source>
        <translation>چاپ زمان راه‌اندازی به میلی‌ثانیه و خروج.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use fa or en.</source>
        <translation>زبان ناشناختهٔ «%1»: fa یا en را به کار ببرید.</translation>
    </message>
    <message>
        <source>--show-customer needs a customer number.</source>
        <translation>--show-customer به شمارهٔ مشتری نیاز دارد.</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>The national ID may contain digits only.</source>
        <translation>کد ملی فقط باید رقم باشد.</translation>
    </message>
    <message>
        <source>The national ID must have 10 digits.</source>
        <translation>کد ملی باید ۱۰ رقم باشد.</translation>
    </message>
    <message>
        <source>The national ID cannot be one digit repeated ten times.</source>
        <translation>کد ملی نمی‌تواند ده بار تکرار یک رقم باشد.</translation>
    </message>
    <message>
        <source>The national ID is not valid: its check digit does not match.</source>
        <translation>کد ملی معتبر نیست: رقم کنترل آن درست نیست.</translation>
    </message>
    <message>
        <source>The legal entity national ID may contain digits only.</source>
        <translation>شناسهٔ ملی فقط باید رقم باشد.</translation>
    </message>
    <message>
        <source>The legal entity national ID must have 11 digits.</source>
        <translation>شناسهٔ ملی باید ۱۱ رقم باشد.</translation>
    </message>
    <message>
        <source>The legal entity national ID is not valid: its check digit does not match.</source>
        <translation>شناسهٔ ملی معتبر نیست: رقم کنترل آن درست نیست.</translation>
    </message>
    <message>
        <source>The economic code may contain digits only.</source>
        <translation>کد اقتصادی فقط باید رقم باشد.</translation>
    </message>
    <message>
        <source>The economic code is not valid: its check digit does not match.</source>
        <translation>کد اقتصادی معتبر نیست: رقم کنترل آن درست نیست.</translation>
    </message>
    <message>
        <source>The economic code must have 10, 11, 12 or 14 digits.</source>
        <translation>کد اقتصادی باید ۱۰، ۱۱، ۱۲ یا ۱۴ رقم باشد.</translation>
    </message>
    <message>
        <source>The mobile number must be 11 digits starting with 09 (or +98 9…).</source>
        <translation>شمارهٔ موبایل باید ۱۱ رقم و با ۰۹ (یا ‎+98 9…) شروع شود.</translation>
    </message>
    <message>
        <source>The postal code may contain digits only.</source>
        <translation>کد پستی فقط باید رقم باشد.</translation>
    </message>
    <message>
        <source>The postal code must have 10 digits.</source>
        <translation>کد پستی باید ۱۰ رقم باشد.</translation>
    </message>
    <message>
        <source>The Sheba number must be IR followed by 24 digits.</source>
        <translation>شمارهٔ شبا باید IR و پس از آن ۲۴ رقم باشد.</translation>
    </message>
    <message>
        <source>The Sheba number is not valid: its check digits do not match.</source>
        <translation>شمارهٔ شبا معتبر نیست: رقم‌های کنترل آن درست نیست.</translation>
    </message>
    <message>
        <source>The card number may contain digits only.</source>
        <translation>شمارهٔ کارت فقط باید رقم باشد.</translation>
    </message>
    <message>
        <source>The card number must have 16 digits.</source>
        <translation>شمارهٔ کارت باید ۱۶ رقم باشد.</translation>
    </message>
    <message>
        <source>The card number is not valid: its check digit does not match.</source>
        <translation>شمارهٔ کارت معتبر نیست: رقم کنترل آن درست نیست.</translation>
    </message>
    <message>
        <source>The phone number may contain digits only.</source>
        <translation>شمارهٔ تلفن فقط باید رقم باشد.</translation>
    </message>
    <message>
        <source>The phone number must have 4 to 15 digits.</source>
        <translation>شمارهٔ تلفن باید ۴ تا ۱۵ رقم باشد.</translation>
    </message>
    <message>
        <source>The email address is not valid (expected name@example.com).</source>
        <translation>نشانی ایمیل معتبر نیست (به شکل name@example.com).</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ContactDetails</name>
    <message>
        <source>Contact</source>
        <translation>اطلاعات تماس</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تلگرام</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتس‌اپ</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>لینکدین</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>راه تماس ترجیحی</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Legal ID</source>
        <translation>شناسهٔ ملی</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Economic code</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>شمارهٔ ثبت</translation>
    </message>
    <message>
        <source>No contact details yet.</source>
        <translation>هنوز اطلاعات تماسی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>کپی</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>کپی %1</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CustomerFilterBar</name>
    <message>
        <source>Show archived</source>
        <translation>نمایش بایگانی‌شده‌ها</translation>
    </message>
    <message>
        <source>Search name, mobile, company, city, tag… (Ctrl+F)</source>
        <translation>جستجوی نام، موبایل، شرکت، شهر، برچسب… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only customers with this tag</source>
        <translation>فقط مشتریانی که این برچسب را دارند</translation>
    </message>
    <message>
        <source>Only customers in this city</source>
        <translation>فقط مشتریان این شهر</translation>
    </message>
    <message>
        <source>Only customers who came from this source</source>
        <translation>فقط مشتریانی که از این منبع آشنا شده‌اند</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>همهٔ برچسب‌ها</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>همهٔ شهرها</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>همهٔ منابع آشنایی</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CustomerFormDialog</name>
    <message>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>ویرایش مشتری</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Economic code</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>شمارهٔ ثبت</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>راه‌های تماس</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>تلفن‌های دیگر</translation>
    </message>
    <message>
        <source>Separate numbers with commas</source>
        <translation>شماره‌ها را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تلگرام</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتس‌اپ</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>لینکدین</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>راه تماس ترجیحی</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>About the relationship</source>
        <translation>رابطهٔ کاری</translation>
    </message>
    <message>
        <source>Found us through</source>
        <translation>منبع آشنایی</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>مشتری از</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <source>Legal ID</source>
        <translation>شناسهٔ ملی</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>۱۱ رقم</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>۱۰ رقم</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CustomerHeader</name>
    <message>
        <source>%1 · %2</source>
        <comment>kind · company</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CustomerListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (بایگانی‌شده)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>مشتری از</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CustomerListPage</name>
    <message>
        <source>New customer</source>
        <translation>مشتری جدید</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>افزودن مشتری (Ctrl+N)</translation>
    </message>
    <message>
        <source>%1+ customers</source>
        <translation>%1 مشتری یا بیشتر</translation>
    </message>
    <message>
        <source>%1 customer</source>
        <translation>%1 مشتری</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 مشتری</translation>
    </message>
    <message>
        <source>No customers yet — add one or create demo data.</source>
        <translation>هنوز مشتری‌ای ثبت نشده است — مشتری تازه‌ای اضافه کنید یا داده‌های نمونه بسازید.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>هیچ مشتری‌ای با «%1» پیدا نشد.</translation>
    </message>
    <message>
        <source>No customer matches these filters.</source>
        <translation>هیچ مشتری‌ای با این فیلترها پیدا نشد.</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>افزودن مشتری</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>ساخت داده‌های نمونه</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CustomerPage</name>
    <message>
        <source>%1 copied</source>
        <translation>%1 کپی شد</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Back to the customer list (Esc)</source>
        <translation>بازگشت به فهرست مشتریان (Esc)</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>ثبت تماس…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>A note on this customer: their mood, what they need, how to approach them…</source>
        <translation>یادداشتی دربارهٔ این مشتری: روحیه‌اش، نیازهایش، اینکه چطور با او برخورد کنیم…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>ذخیرهٔ یادداشت (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>تعامل‌ها</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Show this customer in the list again</source>
        <translation>نمایش دوبارهٔ این مشتری در فهرست</translation>
    </message>
    <message>
        <source>Hide this customer from the list; it can be restored</source>
        <translation>پنهان کردن این مشتری از فهرست؛ بعداً می‌توان آن را بازگرداند</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>یادداشت افزوده شد</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>تماس ثبت شد</translation>
    </message>
    <message>
        <source>Peyvand</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>مشتری بایگانی شد</translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation>مشتری بازگردانده شد</translation>
    </message>
    <message>
        <source>Delete “%1” with all their notes and interactions? This cannot be undone. Archive the customer instead to hide them but keep their history.</source>
        <translation>«%1» همراه با همهٔ یادداشت‌ها و تعامل‌هایش حذف شود؟ این کار برگشت‌پذیر نیست. اگر می‌خواهید مشتری پنهان شود ولی سابقه‌اش بماند، به‌جای حذف، آن را بایگانی کنید.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>حذف مشتری</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Customer deleted</source>
        <translation>مشتری حذف شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CustomerSummaryBox</name>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>مشتری از</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>تعامل‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>پیگیری بعدی</translation>
    </message>
    <message>
        <source>Purchases / payments</source>
        <translation>خریدها / پرداخت‌ها</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, channel</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1, with %2</source>
        <comment>last contact, with whom</comment>
        <translation>%1، با %2</translation>
    </message>
    <message>
        <source>No contact logged yet</source>
        <translation>هنوز تماسی ثبت نشده است</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>برنامه‌ریزی نشده</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>هنوز چیزی ثبت نشده</translation>
    </message>
    <message>
        <source>%1 purchases, %2 Rial open</source>
        <translation>%1 خرید، %2 ریال پرداخت‌نشده</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::InteractionListModel</name>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>With</source>
        <translation>طرف گفتگو</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::JalaliDateEdit</name>
    <message>
        <source>Calendar…</source>
        <translation>تقویم…</translation>
    </message>
    <message>
        <source>Pick the day in a calendar</source>
        <translation>انتخاب روز از تقویم</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>Jalali date in words (Gregorian date)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LogInteractionDialog</name>
    <message>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <source>Who you spoke to</source>
        <translation>با چه کسی صحبت کردید</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>چه گفته شد</translation>
    </message>
    <message>
        <source>e.g. will call back, sent a quote</source>
        <translation>مثلاً دوباره تماس می‌گیرد، پیش‌فاکتور فرستاده شد</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>With</source>
        <translation>طرف گفتگو</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>تاریخ پیگیری</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::MainWindow</name>
    <message>
        <source>in memory</source>
        <translation>در حافظه</translation>
    </message>
    <message>
        <source>Peyvand — %1</source>
        <translation>پیوند — %1</translation>
    </message>
    <message>
        <source>Customer added</source>
        <translation>مشتری افزوده شد</translation>
    </message>
    <message>
        <source>Customer saved</source>
        <translation>مشتری ذخیره شد</translation>
    </message>
    <message>
        <source>Welcome to Peyvand</source>
        <translation>به پیوند خوش آمدید</translation>
    </message>
    <message>
        <source>This customer book is empty. Create about 200 demo customers to try Peyvand out? You can delete them later, or start with your own customers instead.</source>
        <translation>دفتر مشتریان خالی است. برای آشنایی با پیوند، حدود ۲۰۰ مشتری نمونه ساخته شود؟ می‌توانید بعداً آن‌ها را حذف کنید، یا به‌جای آن با مشتریان خودتان شروع کنید.</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>ساخت داده‌های نمونه</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>داده‌های نمونه</translation>
    </message>
    <message>
        <source>Created %1 demo customers</source>
        <translation>%1 مشتری نمونه ساخته شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::NavigationBar</name>
    <message>
        <source>Peyvand</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>به‌زودی</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Pre-invoices</source>
        <translation>پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::SettingsPage</name>
    <message>
        <source>The new language is used the next time Peyvand starts.</source>
        <translation>زبان جدید از اجرای بعدی پیوند به کار می‌رود.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>زبان برنامه</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>داده‌ها</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>فایل پایگاه داده</translation>
    </message>
    <message>
        <source>Language saved</source>
        <translation>زبان ذخیره شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::TagsLineEdit</name>
    <message>
        <source>e.g. wholesale, VIP</source>
        <translation>مثلاً عمده‌فروش، VIP</translation>
    </message>
</context>
</TS>
