<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AmountText</name>
    <message>
        <source>%1 %2</source>
        <comment>an amount followed by its currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>No app password is set.</source>
        <translation>هیچ گذرواژه‌ای برای برنامه تعیین نشده است.</translation>
    </message>
    <message>
        <source>Exports are turned off in Peyvand's settings.</source>
        <translation>خروجی گرفتن در تنظیمات پیوند غیرفعال شده است.</translation>
    </message>
    <message>
        <source>Printing is turned off in Peyvand's settings.</source>
        <translation>چاپ در تنظیمات پیوند غیرفعال شده است.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>گذرواژه نادرست است.</translation>
    </message>
    <message>
        <source>The new password must be at least %1 characters long.</source>
        <translation>گذرواژهٔ جدید باید دست‌کم %1 نویسه باشد.</translation>
    </message>
    <message>
        <source>An app password is already set; change it instead.</source>
        <translation>گذرواژهٔ برنامه از قبل تعیین شده است؛ به‌جای آن، گذرواژه را تغییر دهید.</translation>
    </message>
    <message>
        <source>Idle minutes must be a whole number from 0 (never) to %1.</source>
        <translation>دقیقه‌های بی‌کاری باید عددی صحیح از ۰ (هرگز) تا %1 باشد.</translation>
    </message>
    <message>
        <source>The encryption library (libsodium) cannot start.</source>
        <translation>کتابخانهٔ رمزنگاری (libsodium) راه‌اندازی نمی‌شود.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>حافظهٔ کافی برای محافظت از گذرواژه وجود ندارد.</translation>
    </message>
</context>
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
        <source>Checking the database in the background…</source>
        <translation>در حال بررسی پایگاه داده در پس‌زمینه…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>بازیابی از نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Read-only: this database is damaged; nothing can be changed. Restore it from a backup on the Backups page.</source>
        <translation>فقط‌خواندنی: این پایگاه داده آسیب دیده است و هیچ چیزی را نمی‌توان تغییر داد. آن را در صفحهٔ «نسخه‌های پشتیبان» از یک نسخهٔ پشتیبان بازیابی کنید.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The encryption library (libsodium) cannot start.</source>
        <translation>کتابخانهٔ رمزگذاری (libsodium) راه‌اندازی نمی‌شود.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase.</source>
        <translation>حافظه برای به‌دست آوردن کلید از عبارت عبور کافی نیست.</translation>
    </message>
    <message>
        <source>“%1” is not a Peyvand backup.</source>
        <translation>«%1» نسخهٔ پشتیبان پیوند نیست.</translation>
    </message>
    <message>
        <source>The backup “%1” was made by a newer version of Peyvand. Update Peyvand to read it.</source>
        <translation>نسخهٔ پشتیبان «%1» با نسخهٔ جدیدتری از پیوند ساخته شده است. برای خواندن آن، پیوند را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged: its header does not check out.</source>
        <translation>نسخهٔ پشتیبان «%1» آسیب‌دیده است: سرآیند آن درست نیست.</translation>
    </message>
    <message>
        <source>The backup “%1” is encrypted: its passphrase is needed.</source>
        <translation>نسخهٔ پشتیبان «%1» رمزگذاری‌شده است: عبارت عبور آن لازم است.</translation>
    </message>
    <message>
        <source>The passphrase is wrong for the backup “%1”.</source>
        <translation>عبارت عبور نسخهٔ پشتیبان «%1» نادرست است.</translation>
    </message>
    <message>
        <source>The backup “%1” is incomplete: the file was cut short before its end.</source>
        <translation>نسخهٔ پشتیبان «%1» ناقص است: فایل پیش از پایان بریده شده است.</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged or was changed after it was written.</source>
        <translation>نسخهٔ پشتیبان «%1» آسیب‌دیده است یا پس از نوشته شدن تغییر کرده است.</translation>
    </message>
    <message>
        <source>A file cannot be created in the folder “%1”: %2</source>
        <translation>در پوشهٔ «%1» نمی‌توان فایل ساخت: %2</translation>
    </message>
    <message>
        <source>A file cannot be created in the folder “%1”.</source>
        <translation>در پوشهٔ «%1» نمی‌توان فایل ساخت.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written to disk: %2</source>
        <translation>فایل «%1» روی دیسک نوشته نمی‌شود: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; it is not overwritten.</source>
        <translation>«%1» از پیش وجود دارد؛ بازنویسی نمی‌شود.</translation>
    </message>
    <message>
        <source>“%1” cannot be renamed to “%2”: %3</source>
        <translation>نام «%1» به «%2» تغییر نمی‌کند: %3</translation>
    </message>
    <message>
        <source>The backup cannot be written: %1</source>
        <translation>نسخهٔ پشتیبان نوشته نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be opened: %2</source>
        <translation>نسخهٔ پشتیبان «%1» باز نمی‌شود: %2</translation>
    </message>
    <message>
        <source>The restored database cannot be written: %1</source>
        <translation>پایگاه دادهٔ بازیابی‌شده نوشته نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>بازیابی لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The backup “%1” holds a database of a newer Peyvand (schema %2; this version knows up to %3). Update Peyvand to restore it.</source>
        <translation>نسخهٔ پشتیبان «%1» پایگاه دادهٔ نسخهٔ جدیدتری از پیوند را دارد (ساختار پایگاه داده %2؛ این نسخه تا %3 را می‌شناسد). برای بازیابی آن، پیوند را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <source>The database “%1” is in use by another program (is Peyvand open?). Close it and try again.</source>
        <translation>پایگاه دادهٔ «%1» در دست برنامهٔ دیگری است (آیا پیوند باز است؟). آن را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>«%1» یک پوشه است، نه فایل پایگاه داده.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>پوشهٔ «%1» ساخته نمی‌شود.</translation>
    </message>
    <message>
        <source>The backup “%1” does not hold a Peyvand database.</source>
        <translation>نسخهٔ پشتیبان «%1» پایگاه دادهٔ پیوند را در بر ندارد.</translation>
    </message>
    <message>
        <source>The restored database was not closed cleanly; nothing was changed.</source>
        <translation>پایگاه دادهٔ بازیابی‌شده به‌درستی بسته نشد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>No backup folder was given.</source>
        <translation>پوشهٔ نسخه‌های پشتیبان داده نشده است.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder for backups.</source>
        <translation>«%1» یک فایل است، نه پوشهٔ نسخه‌های پشتیبان.</translation>
    </message>
    <message>
        <source>The backup folder “%1” cannot be created.</source>
        <translation>پوشهٔ نسخه‌های پشتیبان «%1» ساخته نمی‌شود.</translation>
    </message>
    <message>
        <source>The backup folder “%1” is not writable.</source>
        <translation>در پوشهٔ نسخه‌های پشتیبان «%1» نمی‌توان نوشت.</translation>
    </message>
    <message>
        <source>The database could not be copied for the backup; nothing was written.</source>
        <translation>پایگاه داده برای پشتیبان‌گیری رونوشت نشد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>The database copy cannot be read: %1</source>
        <translation>رونوشت پایگاه داده خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>The backup read back differs from the database; it was not kept. Check the disk of “%1”.</source>
        <translation>نسخهٔ پشتیبانِ بازخوانده‌شده با پایگاه داده یکی نیست؛ نگه داشته نشد. دیسکِ «%1» را بررسی کنید.</translation>
    </message>
    <message>
        <source>The backup folder “%1” does not exist.</source>
        <translation>پوشهٔ نسخه‌های پشتیبان «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>The old backup “%1” cannot be deleted.</source>
        <translation>نسخهٔ پشتیبان قدیمی «%1» حذف نمی‌شود.</translation>
    </message>
    <message>
        <source>The backup was cancelled; no backup file was kept.</source>
        <translation>پشتیبان‌گیری لغو شد؛ هیچ فایل پشتیبانی نگه داشته نشد.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>عبارت عبور نباید خالی باشد.</translation>
    </message>
    <message>
        <source>it ended early</source>
        <translation>زودتر از موعد به پایان رسید</translation>
    </message>
    <message>
        <source>The database copy “%1” fails its integrity check.</source>
        <translation>رونوشت پایگاه دادهٔ «%1» در بررسی سلامت رد می‌شود.</translation>
    </message>
    <message>
        <source>The database copy “%1” cannot be opened.</source>
        <translation>رونوشت پایگاه دادهٔ «%1» باز نمی‌شود.</translation>
    </message>
    <message>
        <source>An in-memory database has no backup folder; choose one.</source>
        <translation>پایگاه دادهٔ درون حافظه پوشهٔ پشتیبان ندارد؛ یک پوشه انتخاب کنید.</translation>
    </message>
    <message>
        <source>The stored backup encryption key is damaged; no unencrypted backup was written. Turn encryption off and on again.</source>
        <translation>کلید رمزگذاری ذخیره‌شدهٔ نسخه‌های پشتیبان آسیب دیده است؛ هیچ نسخهٔ پشتیبان رمزگذاری‌نشده‌ای نوشته نشد. رمزگذاری را خاموش و دوباره روشن کنید.</translation>
    </message>
    <message>
        <source>The stored backup encryption key is damaged; no unencrypted backup was written.</source>
        <translation>کلید رمزگذاری ذخیره‌شدهٔ نسخه‌های پشتیبان آسیب دیده است؛ هیچ نسخهٔ پشتیبان رمزگذاری‌نشده‌ای نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>The database “%1” cannot be read: %2</source>
        <translation>پایگاه دادهٔ «%1» خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>عبارت عبور نباید خالی باشد.</translation>
    </message>
    <message>
        <source>The passphrase is not the one backups are encrypted with.</source>
        <translation>این عبارت عبور همان عبارتی نیست که نسخه‌های پشتیبان با آن رمزگذاری شده‌اند.</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>پشتیبان‌گیری ناموفق بود.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The code “%1” is already used by “%2”.</source>
        <translation>کد «%1» پیش‌تر برای «%2» به کار رفته است.</translation>
    </message>
    <message>
        <source>“%1” is on pre-invoices or invoices, so it cannot be deleted; deactivate it instead.</source>
        <translation>«%1» در پیش‌فاکتورها یا فاکتورها آمده است و نمی‌توان آن را حذف کرد؛ به جای آن، غیرفعالش کنید.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” mean the same thing; keep only one of them.</source>
        <translation>ستون‌های «%1» و «%2» یک معنا دارند؛ فقط یکی از آن‌ها را نگه دارید.</translation>
    </message>
    <message>
        <source>The first line must name the columns, and one of them must be the name (for example “name” or “نام”).</source>
        <translation>سطر اول باید نام ستون‌ها را داشته باشد و یکی از آن‌ها باید ستون نام باشد (مثلاً «name» یا «نام»).</translation>
    </message>
    <message>
        <source>“%1” is neither a product nor a service.</source>
        <translation>«%1» نه کالاست و نه خدمت.</translation>
    </message>
    <message>
        <source>The price is missing.</source>
        <translation>مبلغ وارد نشده است.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (yes/no, true/false, 1/0, بله/خیر).</source>
        <translation>«%1» بله یا خیر نیست (yes/no، true/false، 1/0، بله/خیر).</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1 has a problem: %2</source>
        <translation>چیزی وارد نشد: سطر %1 اشکال دارد: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: line %1, column “%2”: %3</source>
        <translation>چیزی وارد نشد: سطر %1، ستون «%2»: %3</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>وارد کردن لغو شد؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>فایل خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>This line has more values than the first line has columns. A value that contains the separator must be in quotes.</source>
        <translation>این سطر بیش از تعداد ستون‌های سطر اول مقدار دارد. مقداری که جداکننده را در خود دارد، باید داخل علامت نقل‌قول باشد.</translation>
    </message>
    <message>
        <source>The code “%1” is already used on line %2.</source>
        <translation>کد «%1» پیش‌تر در سطر %2 به کار رفته است.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <source>There is no product with number %1.</source>
        <translation>کالایی با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Enter the name of the product or service.</source>
        <translation>نام کالا یا خدمت را وارد کنید.</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>مبلغ واحد نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Choose whether this is a product or a service.</source>
        <translation>مشخص کنید که این مورد کالاست یا خدمت.</translation>
    </message>
</context>
<context>
    <name>ChequeText</name>
    <message>
        <source>Receive</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>واگذاری به بانک</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>وصول</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>برگشت</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>عودت</translation>
    </message>
    <message>
        <source>Redeposit</source>
        <translation>واگذاری دوباره</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>خرج کردن</translation>
    </message>
    <message>
        <source>Cancel cheque</source>
        <translation>ابطال چک</translation>
    </message>
    <message>
        <source>Receive the cheque</source>
        <translation>دریافت چک</translation>
    </message>
    <message>
        <source>Deposit the cheque at the bank</source>
        <translation>واگذاری چک به بانک</translation>
    </message>
    <message>
        <source>The cheque cleared</source>
        <translation>چک وصول شد</translation>
    </message>
    <message>
        <source>The cheque bounced</source>
        <translation>چک برگشت خورد</translation>
    </message>
    <message>
        <source>Return the cheque to its drawer</source>
        <translation>عودت چک به صادرکننده</translation>
    </message>
    <message>
        <source>Deposit the cheque again</source>
        <translation>واگذاری دوبارهٔ چک به بانک</translation>
    </message>
    <message>
        <source>Endorse the cheque to a third party</source>
        <translation>خرج کردن چک (واگذاری به غیر)</translation>
    </message>
    <message>
        <source>Cancel the cheque</source>
        <translation>ابطال چک</translation>
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
        <source>the database file (default: the desktop app's database)</source>
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
        <source>the person on the customer's side</source>
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
        <source>full name of the person, or the company's name</source>
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
        <translation><numerusform>بررسی یکپارچگی %n مشکل پیدا کرد</numerusform></translation>
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
        <source>Prints the database's path and schema version. A file from a newer Peyvand, a file that is not a Peyvand database and a damaged file are refused and left untouched.</source>
        <translation>مسیر پایگاه داده و نسخهٔ ساختار آن را چاپ می‌کند. فایلی از نسخهٔ جدیدتر پیوند، فایلی که پایگاه دادهٔ پیوند نیست و فایل آسیب‌دیده پذیرفته نمی‌شوند و دست‌نخورده می‌مانند.</translation>
    </message>
    <message>
        <source>check the database's integrity and foreign keys</source>
        <translation>بررسی یکپارچگی و کلیدهای خارجی پایگاه داده</translation>
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
    <message>
        <source>(no number yet)</source>
        <translation>(هنوز بدون شماره)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>تاریخ اعتبار</translation>
    </message>
    <message>
        <source>Marketer</source>
        <translation>بازاریاب</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>عوارض</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <source>--json FILE is required</source>
        <translation>--json FILE الزامی است</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>cannot read the standard input</source>
        <translation>ورودی استاندارد خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>tax re-priced at the invoice date: %1% + %2% instead of %3% + %4%; total %5 instead of %6</source>
        <translation>مالیات با نرخ‌های تاریخ فاکتور دوباره محاسبه شد: %1٪ + %2٪ به جای %3٪ + %4٪؛ جمع کل %5 به جای %6</translation>
    </message>
    <message>
        <source>the pre-invoice as JSON ("-" reads standard input)</source>
        <translation>پیش‌فاکتور به‌صورت JSON (با «-» از ورودی استاندارد خوانده می‌شود)</translation>
    </message>
    <message>
        <source>issue it at once (give it its number and lock it)</source>
        <translation>صدور بی‌درنگ (شماره گرفتن و قفل شدن سند)</translation>
    </message>
    <message>
        <source>the invoice date (default: today)</source>
        <translation>تاریخ فاکتور (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <source>create a pre-invoice from a JSON file and print its ID</source>
        <translation>ساخت پیش‌فاکتور از فایل JSON و چاپ شناسهٔ آن</translation>
    </message>
    <message>
        <source>The JSON holds "customer": {"name": …} or "customer_id", "issue_date", "valid_until", "marketer", "title", "document_discount", "shipping", "vat_bp", "duty_bp" and "lines": [{"code", "description", "quantity": "2.5", "unit", "unit_price", "discount_percent" or "discount_amount", "taxable", "serial"}]. Dates Jalali or ISO; quantities and percents as decimal strings; amounts in whole Rial. A customer given by name is found by its IDs, mobile or exact name, or created.</source>
        <translation>JSON شامل "customer": {"name": …} یا "customer_id"، "issue_date"، "valid_until"، "marketer"، "title"، "document_discount"، "shipping"، "vat_bp"، "duty_bp" و "lines": [{"code", "description", "quantity": "2.5", "unit", "unit_price", "discount_percent" یا "discount_amount", "taxable", "serial"}] است. تاریخ‌ها شمسی یا ISO؛ مقدارها و درصدها به‌صورت رشتهٔ اعشاری؛ مبلغ‌ها به ریال و بدون اعشار. مشتری‌ای که با نام داده شود، از روی کد یا شناسهٔ ملی، موبایل یا نام دقیقش پیدا می‌شود و اگر نباشد، ساخته می‌شود.</translation>
    </message>
    <message>
        <source>show a pre-invoice or invoice with its lines and totals</source>
        <translation>نمایش پیش‌فاکتور یا فاکتور همراه با ردیف‌ها و جمع‌های آن</translation>
    </message>
    <message>
        <source>issue a draft: give it its number and lock it; prints the number</source>
        <translation>صدور پیش‌نویس: شماره گرفتن و قفل شدن سند؛ شماره را چاپ می‌کند</translation>
    </message>
    <message>
        <source>mark an issued pre-invoice as accepted by the customer</source>
        <translation>علامت‌گذاری پیش‌فاکتور صادرشده به‌عنوان پذیرفته‌شده از سوی مشتری</translation>
    </message>
    <message>
        <source>mark an issued pre-invoice as rejected</source>
        <translation>علامت‌گذاری پیش‌فاکتور صادرشده به‌عنوان ردشده</translation>
    </message>
    <message>
        <source>why it was rejected</source>
        <translation>دلیل رد شدن</translation>
    </message>
    <message>
        <source>copy a document into a new draft dated today; prints the new ID</source>
        <translation>رونوشت‌گیری از سند در پیش‌نویسی تازه با تاریخ امروز؛ شناسهٔ جدید را چاپ می‌کند</translation>
    </message>
    <message>
        <source>convert an issued or accepted pre-invoice into an invoice; prints the invoice ID</source>
        <translation>تبدیل پیش‌فاکتور صادرشده یا پذیرفته‌شده به فاکتور؛ شناسهٔ فاکتور را چاپ می‌کند</translation>
    </message>
    <message>
        <source>Tax is re-priced at the invoice date; a warning says so when the rates differ.</source>
        <translation>مالیات با نرخ‌های تاریخ فاکتور دوباره محاسبه می‌شود؛ اگر نرخ‌ها فرق کنند، هشداری این را اعلام می‌کند.</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>وضعیت ناشناختهٔ «%1»</translation>
    </message>
    <message>
        <source>%1 documents, total %2 Rial</source>
        <translation>%1 سند، جمع کل %2 ریال</translation>
    </message>
    <message>
        <source>--pdf OUT is required</source>
        <translation>--pdf OUT الزامی است</translation>
    </message>
    <message>
        <source>use customer, accounting or archive</source>
        <translation>customer، accounting یا archive را به کار ببرید</translation>
    </message>
    <message>
        <source>use a4 or a5</source>
        <translation>a4 یا a5 را به کار ببرید</translation>
    </message>
    <message>
        <source>rendering needs the graphical runtime</source>
        <translation>ساخت خروجی به محیط گرافیکی نیاز دارد</translation>
    </message>
    <message>
        <source>only this state (draft, issued, accepted, rejected, expired, converted, settled)</source>
        <translation>فقط این وضعیت (draft، issued، accepted، rejected، expired، converted، settled)</translation>
    </message>
    <message>
        <source>issued on or after</source>
        <translation>صادرشده در این تاریخ یا پس از آن</translation>
    </message>
    <message>
        <source>issued on or before</source>
        <translation>صادرشده در این تاریخ یا پیش از آن</translation>
    </message>
    <message>
        <source>of this customer</source>
        <translation>مربوط به این مشتری</translation>
    </message>
    <message>
        <source>of this marketer</source>
        <translation>مربوط به این بازاریاب</translation>
    </message>
    <message>
        <source>number, title or customer contains</source>
        <translation>شماره، عنوان یا مشتری شامل این متن باشد</translation>
    </message>
    <message>
        <source>at most N rows (default 100)</source>
        <translation>حداکثر N سطر (پیش‌فرض: ۱۰۰)</translation>
    </message>
    <message>
        <source>only open (unsettled) invoices</source>
        <translation>فقط فاکتورهای باز (تسویه‌نشده)</translation>
    </message>
    <message>
        <source>only settled invoices</source>
        <translation>فقط فاکتورهای تسویه‌شده</translation>
    </message>
    <message>
        <source>list pre-invoices, newest first, with their total</source>
        <translation>فهرست پیش‌فاکتورها، جدیدترین در ابتدا، همراه با جمع کل</translation>
    </message>
    <message>
        <source>print a pre-invoice or invoice to PDF</source>
        <translation>خروجی PDF از پیش‌فاکتور یا فاکتور</translation>
    </message>
    <message>
        <source>--lang fa prints the Persian layout (right to left, Jalali dates, Persian digits); --lang en the English one.</source>
        <translation>--lang fa چیدمان فارسی را چاپ می‌کند (راست به چپ، تاریخ شمسی، رقم‌های فارسی)؛ --lang en چیدمان انگلیسی را.</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>فایل PDF خروجی</translation>
    </message>
    <message>
        <source>label the copy</source>
        <translation>عنوان نسخه روی سند</translation>
    </message>
    <message>
        <source>paper size (default a4)</source>
        <translation>اندازهٔ کاغذ (پیش‌فرض: a4)</translation>
    </message>
    <message>
        <source>landscape instead of portrait</source>
        <translation>افقی به جای عمودی</translation>
    </message>
    <message>
        <source>list invoices, newest first; --open for the unsettled ones</source>
        <translation>فهرست فاکتورها، جدیدترین در ابتدا؛ --open برای فاکتورهای تسویه‌نشده</translation>
    </message>
    <message>
        <source>--price is required</source>
        <translation>--price الزامی است</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>سطر %1، %2: %3</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 rejected</source>
        <translation>ایجادشده: %1، به‌روزشده: %2، ردشده: %3</translation>
    </message>
    <message>
        <source>add a product or service to the catalog and print its ID</source>
        <translation>افزودن کالا یا خدمت به فهرست کالا و خدمات و چاپ شناسهٔ آن</translation>
    </message>
    <message>
        <source>name (required)</source>
        <translation>نام (الزامی)</translation>
    </message>
    <message>
        <source>unit price in Rial (required)</source>
        <translation>مبلغ واحد به ریال (الزامی)</translation>
    </message>
    <message>
        <source>product code (unique)</source>
        <translation>کد کالا (یکتا)</translation>
    </message>
    <message>
        <source>unit (piece, kg, hour, …)</source>
        <translation>واحد (عدد، کیلوگرم، ساعت، …)</translation>
    </message>
    <message>
        <source>category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>a service rather than goods</source>
        <translation>خدمت به جای کالا</translation>
    </message>
    <message>
        <source>exempt from VAT and duty</source>
        <translation>معاف از مالیات و عوارض</translation>
    </message>
    <message>
        <source>not offered on new documents</source>
        <translation>در اسناد جدید قابل انتخاب نباشد</translation>
    </message>
    <message>
        <source>list the catalog, or the products whose code, name or category contains TEXT</source>
        <translation>فهرست کالاها و خدمات، یا کالاهایی که کد، نام یا دستهٔ آن‌ها شامل TEXT است</translation>
    </message>
    <message>
        <source>include inactive products</source>
        <translation>شامل کالاهای غیرفعال</translation>
    </message>
    <message>
        <source>only this category</source>
        <translation>فقط این دسته</translation>
    </message>
    <message>
        <source>import products from a CSV file (all or nothing)</source>
        <translation>وارد کردن کالاها از فایل CSV (همه یا هیچ)</translation>
    </message>
    <message>
        <source>The first row names the columns: code, name, kind, unit, unit_price, tax_exempt, category, active (Persian headers work too). A row whose code exists updates that product. Any invalid row stops the import unless --skip-invalid.</source>
        <translation>سطر اول نام ستون‌ها را مشخص می‌کند: code، name، kind، unit، unit_price، tax_exempt، category، active (سرستون‌های فارسی هم پذیرفته می‌شوند). سطری که کدش از پیش وجود دارد، همان کالا را به‌روز می‌کند. هر سطر نامعتبر وارد کردن را متوقف می‌کند، مگر با --skip-invalid.</translation>
    </message>
    <message>
        <source>check the file, store nothing</source>
        <translation>فقط بررسی فایل، بدون ذخیره</translation>
    </message>
    <message>
        <source>store the valid rows, report the others</source>
        <translation>ذخیرهٔ سطرهای معتبر و گزارش بقیه</translation>
    </message>
    <message>
        <source>%1 Rial</source>
        <translation>%1 ریال</translation>
    </message>
    <message>
        <source>--title is required</source>
        <translation>--title الزامی است</translation>
    </message>
    <message>
        <source>give either --customer or --lead, not both</source>
        <translation>یا --customer بدهید یا --lead، نه هر دو</translation>
    </message>
    <message>
        <source>--stage is required</source>
        <translation>--stage الزامی است</translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>ارزش وزنی %1</translation>
    </message>
    <message>
        <source>close %1</source>
        <translation>بستن %1</translation>
    </message>
    <message>
        <source>No deals found.</source>
        <translation>هیچ فرصت فروشی پیدا نشد.</translation>
    </message>
    <message>
        <source>Open deals: %1, total %2, weighted pipeline value %3</source>
        <translation>فرصت‌های فروش باز: %1، جمع کل %2، ارزش وزنی مراحل فروش %3</translation>
    </message>
    <message>
        <source>a stage's key (e.g. negotiation), name or ID; see “deals stages”</source>
        <translation>کلید (مثلاً negotiation)، نام یا شناسهٔ یک مرحله؛ «deals stages» را ببینید</translation>
    </message>
    <message>
        <source>open a deal in the pipeline and print its ID</source>
        <translation>باز کردن فرصت فروش در مراحل فروش و چاپ شناسهٔ آن</translation>
    </message>
    <message>
        <source>Without --stage the deal starts in the first open stage, at the end of its column.</source>
        <translation>بدون --stage، فرصت فروش در نخستین مرحلهٔ باز و در انتهای ستون آن قرار می‌گیرد.</translation>
    </message>
    <message>
        <source>what is being sold (required)</source>
        <translation>آنچه فروخته می‌شود (الزامی)</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>or the lead</source>
        <translation>یا سرنخ</translation>
    </message>
    <message>
        <source>the deal's amount in Rial</source>
        <translation>مبلغ فرصت فروش به ریال</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>تاریخ بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>who works the deal</source>
        <translation>مسئول فرصت فروش</translation>
    </message>
    <message>
        <source>move a deal to another stage (or place in its column) and print its ID</source>
        <translation>بردن فرصت فروش به مرحله‌ای دیگر (یا به جای دیگری در ستونش) و چاپ شناسهٔ آن</translation>
    </message>
    <message>
        <source>Moving into a won or lost stage closes the deal; moving out reopens it.</source>
        <translation>بردن به مرحلهٔ موفق یا ازدست‌رفته، فرصت فروش را می‌بندد؛ بیرون بردن از آن، دوباره بازش می‌کند.</translation>
    </message>
    <message>
        <source>place in the stage's column, 1 at the top (default: the end)</source>
        <translation>جایگاه در ستون مرحله، ۱ یعنی بالاترین (پیش‌فرض: انتهای ستون)</translation>
    </message>
    <message>
        <source>why it was lost (lost stages)</source>
        <translation>دلیل ازدست‌رفتن (برای مرحله‌های ازدست‌رفته)</translation>
    </message>
    <message>
        <source>list deals by stage with their weighted value, and the pipeline's totals</source>
        <translation>فهرست فرصت‌های فروش به تفکیک مرحله با ارزش وزنی آن‌ها، و جمع کل مراحل فروش</translation>
    </message>
    <message>
        <source>only deals in this stage</source>
        <translation>فقط فرصت‌های فروش این مرحله</translation>
    </message>
    <message>
        <source>only deals in open stages</source>
        <translation>فقط فرصت‌های فروش در مرحله‌های باز</translation>
    </message>
    <message>
        <source>only deals whose title, customer or lead contains TEXT</source>
        <translation>فقط فرصت‌های فروشی که عنوان، مشتری یا سرنخشان شامل TEXT است</translation>
    </message>
    <message>
        <source>only this owner's deals</source>
        <translation>فقط فرصت‌های فروش این مسئول</translation>
    </message>
    <message>
        <source>list the pipeline's stages with their probability</source>
        <translation>فهرست مرحله‌های فروش با احتمال هر یک</translation>
    </message>
    <message>
        <source>Peyvand's command line: the same customers, leads, deals and documents as the desktop app, for scripts.</source>
        <translation>خط فرمان پیوند: همان مشتریان، سرنخ‌ها، فرصت‌های فروش و اسناد برنامهٔ دسکتاپ، برای اسکریپت‌ها.</translation>
    </message>
    <message>
        <source>--summary is required</source>
        <translation>--summary الزامی است</translation>
    </message>
    <message>
        <source>give either --score N with --reason, or --clear</source>
        <translation>یا --score N را همراه با --reason بدهید، یا --clear را</translation>
    </message>
    <message>
        <source>--reason is required with --score</source>
        <translation>همراه با --score، گزینهٔ --reason الزامی است</translation>
    </message>
    <message>
        <source>--deal-title and --deal-amount need --deal</source>
        <translation>--deal-title و --deal-amount به --deal نیاز دارند</translation>
    </message>
    <message>
        <source>add a dated note to a lead and print its ID</source>
        <translation>افزودن یادداشت تاریخ‌دار برای سرنخ و چاپ شناسهٔ آن</translation>
    </message>
    <message>
        <source>log an interaction with a lead (it counts towards engagement) and print its ID</source>
        <translation>ثبت تعامل با سرنخ (در امتیاز تعامل حساب می‌شود) و چاپ شناسهٔ آن</translation>
    </message>
    <message>
        <source>Channels: phone (default), email, meeting, chat, social, sms, in_person. A new lead becomes contacted.</source>
        <translation>کانال‌ها: phone (پیش‌فرض)، email، meeting، chat، social، sms، in_person. وضعیت سرنخ جدید به «تماس گرفته‌شده» تغییر می‌کند.</translation>
    </message>
    <message>
        <source>how (default phone)</source>
        <translation>کانال تعامل (پیش‌فرض: phone)</translation>
    </message>
    <message>
        <source>the person on the lead's side</source>
        <translation>طرف گفتگو از سوی سرنخ</translation>
    </message>
    <message>
        <source>set a lead's score by hand, with a reason (--clear goes back to the computed score); prints the score</source>
        <translation>تعیین دستی امتیاز سرنخ همراه با دلیل (--clear به امتیاز محاسبه‌شده برمی‌گرداند)؛ امتیاز را چاپ می‌کند</translation>
    </message>
    <message>
        <source>the score to use</source>
        <translation>امتیاز مورد نظر</translation>
    </message>
    <message>
        <source>why (required with --score)</source>
        <translation>دلیل (همراه با --score الزامی است)</translation>
    </message>
    <message>
        <source>remove the override</source>
        <translation>حذف امتیاز دستی</translation>
    </message>
    <message>
        <source>turn a lead into a customer, keeping its notes and interactions; prints the customer ID</source>
        <translation>تبدیل سرنخ به مشتری با حفظ یادداشت‌ها و تعامل‌هایش؛ شناسهٔ مشتری را چاپ می‌کند</translation>
    </message>
    <message>
        <source>With --deal a deal is opened in the first pipeline stage and its ID printed on a second line. Open tasks of the lead move to the customer.</source>
        <translation>با --deal، یک فرصت فروش در نخستین مرحلهٔ فروش باز می‌شود و شناسهٔ آن در خط دوم چاپ می‌شود. کارهای باز سرنخ به مشتری منتقل می‌شوند.</translation>
    </message>
    <message>
        <source>also open a deal</source>
        <translation>باز کردن فرصت فروش نیز</translation>
    </message>
    <message>
        <source>the deal's title (default: the lead's name)</source>
        <translation>عنوان فرصت فروش (پیش‌فرض: نام سرنخ)</translation>
    </message>
    <message>
        <source>the deal's amount (default: the lead's budget)</source>
        <translation>مبلغ فرصت فروش (پیش‌فرض: بودجهٔ سرنخ)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>معیار</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Type: %1 · Source: %2</source>
        <translation>نوع: %1 · منبع آشنایی: %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>مسئول: %1</translation>
    </message>
    <message>
        <source>Best time to call: %1</source>
        <translation>بهترین زمان تماس: %1</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>دلیل ازدست‌رفتن: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Budget: %1 · Timeline: %2 · Authority: %3</source>
        <translation>بودجه: %1 · زمان‌بندی خرید: %2 · سمت: %3</translation>
    </message>
    <message>
        <source>Industry: %1 · Need: %2</source>
        <translation>زمینهٔ فعالیت: %1 · نیاز: %2</translation>
    </message>
    <message>
        <source>Converted into customer #%1 on %2</source>
        <translation>در %2 به مشتری شمارهٔ %1 تبدیل شد</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>not qualified</source>
        <translation>فاقد شرایط</translation>
    </message>
    <message>
        <source>Score: %1 — %2, %3 (threshold %4)</source>
        <translation>امتیاز: %1 — %2، %3 (حد نصاب %4)</translation>
    </message>
    <message>
        <source>Set by hand to %1 (computed %2): %3</source>
        <translation>به‌صورت دستی %1 تعیین شده (محاسبه‌شده: %2): %3</translation>
    </message>
    <message>
        <source>Score history:</source>
        <translation>تاریخچهٔ امتیاز:</translation>
    </message>
    <message>
        <source>call: %1</source>
        <translation>تماس: %1</translation>
    </message>
    <message>
        <source>No leads found.</source>
        <translation>هیچ سرنخی پیدا نشد.</translation>
    </message>
    <message>
        <source>add a lead, score it and print its ID</source>
        <translation>افزودن سرنخ، امتیازدهی به آن و چاپ شناسهٔ آن</translation>
    </message>
    <message>
        <source>The lead is scored at once under the scoring profile in use; “leads show ID” explains the score.</source>
        <translation>سرنخ بی‌درنگ با الگوی امتیازدهی فعلی امتیازدهی می‌شود؛ «leads show ID» دلیل امتیاز را توضیح می‌دهد.</translation>
    </message>
    <message>
        <source>change a lead's fields (it is rescored) and print its ID</source>
        <translation>تغییر فیلدهای سرنخ (دوباره امتیازدهی می‌شود) و چاپ شناسهٔ آن</translation>
    </message>
    <message>
        <source>An empty value clears a text field; --budget "" makes the budget unknown.</source>
        <translation>مقدار خالی، فیلد متنی را پاک می‌کند؛ --budget "" بودجه را نامعلوم می‌کند.</translation>
    </message>
    <message>
        <source>show a lead with its score, why it scores that, the score's history, notes and interactions</source>
        <translation>نمایش سرنخ همراه با امتیاز، دلیل آن امتیاز، تاریخچهٔ امتیاز، یادداشت‌ها و تعامل‌ها</translation>
    </message>
    <message>
        <source>list open leads in priority order: score, then next follow-up (default: 50)</source>
        <translation>فهرست سرنخ‌های باز به ترتیب اولویت: امتیاز، سپس پیگیری بعدی (پیش‌فرض: ۵۰)</translation>
    </message>
    <message>
        <source>--qualified gives the priority queue: the leads at or above the profile's threshold. A * marks a score set by hand, ✓ a qualified lead.</source>
        <translation>--qualified صف اولویت را نشان می‌دهد: سرنخ‌هایی که امتیازشان به حد نصاب الگو رسیده یا از آن بالاتر است. علامت * یعنی امتیاز دستی و ✓ یعنی سرنخ واجد شرایط.</translation>
    </message>
    <message>
        <source>only qualified leads</source>
        <translation>فقط سرنخ‌های واجد شرایط</translation>
    </message>
    <message>
        <source>also converted and lost leads</source>
        <translation>سرنخ‌های تبدیل‌شده و ازدست‌رفته نیز</translation>
    </message>
    <message>
        <source>only leads whose name, company, mobile or email contains TEXT</source>
        <translation>فقط سرنخ‌هایی که نام، شرکت، موبایل یا ایمیلشان شامل TEXT است</translation>
    </message>
    <message>
        <source>only this owner's leads</source>
        <translation>فقط سرنخ‌های این مسئول</translation>
    </message>
    <message>
        <source>at most N leads</source>
        <translation>حداکثر N سرنخ</translation>
    </message>
    <message>
        <source>list the industries --industry accepts: key and name</source>
        <translation>فهرست زمینه‌های فعالیتی که --industry می‌پذیرد: کلید و نام</translation>
    </message>
    <message>
        <source>the person's or the company's name</source>
        <translation>نام شخص یا نام شرکت</translation>
    </message>
    <message>
        <source>the marketer working the lead</source>
        <translation>بازاریاب مسئول سرنخ</translation>
    </message>
    <message>
        <source>best time to call, e.g. "mornings 9-11"</source>
        <translation>بهترین زمان تماس، مثلاً «صبح‌ها ۹ تا ۱۱»</translation>
    </message>
    <message>
        <source>why the lead was lost (required with --status lost)</source>
        <translation>دلیل ازدست‌رفتن سرنخ (همراه با --status lost الزامی است)</translation>
    </message>
    <message>
        <source>“%1” is not KEY=OPTION (e.g. size=large)</source>
        <translation>«%1» به شکل KEY=OPTION نیست (مثلاً size=large)</translation>
    </message>
    <message>
        <source>marketing, sales (default), product (trial) or service (upgrade)</source>
        <translation>marketing، sales (پیش‌فرض)، product (آزمایشی) یا service (ارتقا)</translation>
    </message>
    <message>
        <source>website, email, social, advertising, content, trial, referral, phone, walk_in or other (default)</source>
        <translation>website، email، social، advertising، content، trial، referral، phone، walk_in یا other (پیش‌فرض)</translation>
    </message>
    <message>
        <source>new (default), contacted, qualified or lost</source>
        <translation>new (پیش‌فرض)، contacted، qualified یا lost</translation>
    </message>
    <message>
        <source>the lead's budget in Rial (any digits, separators allowed; empty: unknown)</source>
        <translation>بودجهٔ سرنخ به ریال (با هر نوع رقمی، جداکننده هم مجاز است؛ خالی: نامعلوم)</translation>
    </message>
    <message>
        <source>when they mean to buy: now, 1m, 3m, 6m, later or unknown</source>
        <translation>زمان‌بندی خرید: now، 1m، 3m، 6m، later یا unknown</translation>
    </message>
    <message>
        <source>the contact's rank: owner, manager, staff or unknown</source>
        <translation>سمت طرف تماس: owner، manager، staff یا unknown</translation>
    </message>
    <message>
        <source>field of activity: a key or a name from the industry list</source>
        <translation>زمینهٔ فعالیت: کلید یا نامی از فهرست زمینه‌های فعالیت</translation>
    </message>
    <message>
        <source>how clear their need is: clear, vague, none or unknown</source>
        <translation>میزان روشن بودن نیاز: clear، vague، none یا unknown</translation>
    </message>
    <message>
        <source>a user-defined criterion of the scoring profile (repeat for more; KEY= clears it)</source>
        <translation>معیاری تعریف‌شده توسط کاربر در الگوی امتیازدهی (برای چند معیار، تکرار کنید؛ KEY= آن را پاک می‌کند)</translation>
    </message>
    <message>
        <source>Leads rescored: %1, changed: %2, qualified: %3</source>
        <translation>سرنخ‌های امتیازدهی‌شده: %1، تغییرکرده: %2، واجد شرایط: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>نمی‌توان در %1 نوشت: %2</translation>
    </message>
    <message>
        <source>score every lead again under the profile in use and print how many changed</source>
        <translation>امتیازدهی دوبارهٔ همهٔ سرنخ‌ها با الگوی فعلی و چاپ تعداد سرنخ‌های تغییرکرده</translation>
    </message>
    <message>
        <source>Engagement points fade with time; a lead whose score moved gets a history entry.</source>
        <translation>امتیاز تعامل با گذشت زمان کم می‌شود؛ برای سرنخی که امتیازش تغییر کند، موردی در تاریخچه ثبت می‌شود.</translation>
    </message>
    <message>
        <source>write the scoring profile in use to a JSON file ("-": standard output)</source>
        <translation>نوشتن الگوی امتیازدهی فعلی در فایل JSON (با «-»: خروجی استاندارد)</translation>
    </message>
    <message>
        <source>use the scoring profile in a JSON file and rescore every lead</source>
        <translation>به‌کارگیری الگوی امتیازدهی از فایل JSON و امتیازدهی دوبارهٔ همهٔ سرنخ‌ها</translation>
    </message>
    <message>
        <source>The file is checked first; a problem is reported with its place in the JSON (e.g. timeline.options[2].points) and changes nothing. The profile's format is the one “scoring export” writes.</source>
        <translation>فایل ابتدا بررسی می‌شود؛ هر مشکلی با جای آن در JSON (مثلاً timeline.options[2].points) گزارش می‌شود و چیزی تغییر نمی‌کند. قالب الگو همان قالبی است که «scoring export» می‌نویسد.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>عقب‌افتاده</translation>
    </message>
    <message>
        <source>--due already has a time; give the time in one place</source>
        <translation>--due خودش زمان دارد؛ زمان را فقط در یک جا بدهید</translation>
    </message>
    <message>
        <source>give at most one of --customer, --lead and --deal</source>
        <translation>حداکثر یکی از --customer، --lead و --deal را بدهید</translation>
    </message>
    <message>
        <source>give either --due-within or --all, not both</source>
        <translation>یا --due-within بدهید یا --all، نه هر دو</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>کاری وجود ندارد.</translation>
    </message>
    <message>
        <source>Tasks written to %2: %1</source>
        <translation>%1 کار در %2 نوشته شد</translation>
    </message>
    <message>
        <source>add a task or follow-up and print its ID</source>
        <translation>افزودن کار یا پیگیری و چاپ شناسهٔ آن</translation>
    </message>
    <message>
        <source>--due takes a date (Jalali 1403/05/01 or ISO 2024-07-22; due at 09:00 local time unless --time) or an ISO date-time. A task of a lead sets the lead's next follow-up.</source>
        <translation>--due یک تاریخ (شمسی ۱۴۰۳/۰۵/۰۱ یا ISO 2024-07-22؛ با سررسید ساعت ۰۹:۰۰ به وقت محلی، مگر آنکه --time داده شود) یا یک تاریخ-زمان ISO می‌گیرد. کارِ مربوط به سرنخ، پیگیری بعدی آن سرنخ را تعیین می‌کند.</translation>
    </message>
    <message>
        <source>what to do (required)</source>
        <translation>کاری که باید انجام شود (الزامی)</translation>
    </message>
    <message>
        <source>when it is due (required)</source>
        <translation>زمان سررسید (الزامی)</translation>
    </message>
    <message>
        <source>time of day it is due (default 09:00)</source>
        <translation>ساعت سررسید (پیش‌فرض ۰۹:۰۰)</translation>
    </message>
    <message>
        <source>about this customer</source>
        <translation>دربارهٔ این مشتری</translation>
    </message>
    <message>
        <source>about this lead</source>
        <translation>دربارهٔ این سرنخ</translation>
    </message>
    <message>
        <source>about this deal</source>
        <translation>دربارهٔ این فرصت فروش</translation>
    </message>
    <message>
        <source>details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>list open tasks by due time</source>
        <translation>فهرست کارهای باز به ترتیب زمان سررسید</translation>
    </message>
    <message>
        <source>only those due within DAYS days from now, overdue ones included</source>
        <translation>فقط کارهایی که سررسیدشان تا DAYS روز آینده است، همراه با کارهای عقب‌افتاده</translation>
    </message>
    <message>
        <source>done tasks too</source>
        <translation>کارهای انجام‌شده نیز</translation>
    </message>
    <message>
        <source>mark a task as done (--undo reopens it)</source>
        <translation>علامت زدن کار به‌عنوان انجام‌شده (--undo دوباره بازش می‌کند)</translation>
    </message>
    <message>
        <source>reopen a done task</source>
        <translation>باز کردن دوبارهٔ کار انجام‌شده</translation>
    </message>
    <message>
        <source>write open tasks to an iCalendar file for a phone calendar ("-": standard output)</source>
        <translation>نوشتن کارهای باز در فایل iCalendar برای تقویم گوشی (با «-»: خروجی استاندارد)</translation>
    </message>
    <message>
        <source>Each task becomes a 30-minute event at its due time with a reminder 15 minutes before.</source>
        <translation>هر کار به رویدادی ۳۰ دقیقه‌ای در زمان سررسیدش تبدیل می‌شود، با یادآوری ۱۵ دقیقه پیش از آن.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (HH:MM)</source>
        <translation>«%1» ساعت معتبری نیست (HH:MM)</translation>
    </message>
    <message>
        <source>“%1” is negative; give an amount of zero or more</source>
        <translation>«%1» منفی است؛ مقداری برابر صفر یا بیشتر بدهید</translation>
    </message>
    <message>
        <source>unknown value “%1”; allowed: %2</source>
        <translation>مقدار ناشناختهٔ «%1»؛ مقدارهای مجاز: %2</translation>
    </message>
    <message>
        <source>unknown format “%1” (csv, tsv, xlsx or vcf)</source>
        <translation>قالب ناشناختهٔ «%1» (csv، tsv، xlsx یا vcf)</translation>
    </message>
    <message>
        <source>unknown encoding “%1” (auto, utf-8, utf-16 or windows-1256)</source>
        <translation>کدگذاری ناشناختهٔ «%1» (auto، utf-8، utf-16 یا windows-1256)</translation>
    </message>
    <message>
        <source>unknown policy “%1” (skip, update or create)</source>
        <translation>سیاست ناشناختهٔ «%1» (skip، update یا create)</translation>
    </message>
    <message>
        <source>--overwrite needs --on-duplicate update</source>
        <translation>--overwrite به --on-duplicate update نیاز دارد</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2؛ چیزی وارد نشد</translation>
    </message>
    <message>
        <source>line %1, %2 “%3”: %4</source>
        <translation>سطر %1، %2 «%3»: %4</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 skipped as duplicates, %4 rejected</source>
        <translation>%1 مورد وارد شد، %2 مورد به‌روزرسانی شد، %3 مورد تکراری رد شد، %4 مورد ردشده</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored.</source>
        <translation>فقط بررسی: چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>unknown format “%1” (csv, xlsx or vcf)</source>
        <translation>قالب ناشناختهٔ «%1» (csv، xlsx یا vcf)</translation>
    </message>
    <message>
        <source>%1 customers exported to %2</source>
        <translation>خروجی %1 مشتری در %2 نوشته شد</translation>
    </message>
    <message>
        <source>import customers from a CSV, TSV, XLSX or vCard file</source>
        <translation>وارد کردن مشتریان از فایل CSV، TSV، XLSX یا vCard</translation>
    </message>
    <message>
        <source>Columns are recognised from English or Persian headers (name, mobile, national_id, email, city, …; نام، موبایل، کد ملی، …). Values are cleaned like customers typed by hand; a row with an invalid value is rejected and reported, the others are imported. Duplicates (same mobile, national ID, email, or name and city) of stored customers or of earlier rows are skipped unless --on-duplicate says otherwise. All or nothing: a file that cannot be read imports nothing (exit status 2).</source>
        <translation>ستون‌ها از روی سرستون‌های انگلیسی یا فارسی شناخته می‌شوند (name، mobile، national_id، email، city، …؛ نام، موبایل، کد ملی، …). مقدارها همان‌طور پاک‌سازی می‌شوند که هنگام ورود دستی مشتری؛ ردیفی که مقدار نامعتبر داشته باشد رد و گزارش می‌شود و بقیه وارد می‌شوند. موارد تکراری (موبایل، کد ملی یا ایمیل یکسان، یا نام و شهر یکسان) نسبت به مشتریان ذخیره‌شده یا ردیف‌های قبلی رد می‌شوند، مگر اینکه --on-duplicate چیز دیگری تعیین کند. همه یا هیچ: از فایلی که خوانده نشود چیزی وارد نمی‌شود (کد خروج ۲).</translation>
    </message>
    <message>
        <source>file format (default: from the file name)</source>
        <translation>قالب فایل (پیش‌فرض: از روی نام فایل)</translation>
    </message>
    <message>
        <source>text encoding of CSV, TSV and vCard files (default: auto)</source>
        <translation>کدگذاری متن فایل‌های CSV، TSV و vCard (پیش‌فرض: auto)</translation>
    </message>
    <message>
        <source>put a column (header or number) into a field, or “ignore” it</source>
        <translation>قرار دادن یک ستون (سرستون یا شماره) در یک فیلد، یا نادیده گرفتن آن با «ignore»</translation>
    </message>
    <message>
        <source>what to do with duplicates (default: skip)</source>
        <translation>با موارد تکراری چه شود (پیش‌فرض: skip)</translation>
    </message>
    <message>
        <source>with update: replace filled fields too, not only empty ones</source>
        <translation>همراه با update: فیلدهای پر هم جایگزین شوند، نه فقط فیلدهای خالی</translation>
    </message>
    <message>
        <source>keep unrecognised columns in a note</source>
        <translation>نگه داشتن ستون‌های شناخته‌نشده در یک یادداشت</translation>
    </message>
    <message>
        <source>check and report, store nothing</source>
        <translation>بررسی و گزارش، بدون ذخیرهٔ چیزی</translation>
    </message>
    <message>
        <source>export customers to a CSV, XLSX or vCard file</source>
        <translation>خروجی گرفتن از مشتریان در فایل CSV، XLSX یا vCard</translation>
    </message>
    <message>
        <source>Writes every active customer, or those a search finds. CSV is UTF-8 with a BOM; the columns are the import's field names, so the file imports back unchanged. The file appears only when complete.</source>
        <translation>همهٔ مشتریان فعال، یا مشتریانی را که یک جستجو پیدا می‌کند، در فایل می‌نویسد. فایل CSV با کدگذاری UTF-8 و BOM است؛ ستون‌ها همان نام فیلدهای ورود هستند، پس فایل بدون تغییر دوباره وارد می‌شود. فایل فقط وقتی کامل شد پدیدار می‌شود.</translation>
    </message>
    <message>
        <source>file format (default: from the file name, else csv)</source>
        <translation>قالب فایل (پیش‌فرض: از روی نام فایل، وگرنه csv)</translation>
    </message>
    <message>
        <source>only the customers this search finds</source>
        <translation>فقط مشتریانی که این جستجو پیدا می‌کند</translation>
    </message>
    <message>
        <source>Persian column titles</source>
        <translation>عنوان ستون‌ها به فارسی</translation>
    </message>
    <message>
        <source>No cheques.</source>
        <translation>چکی نیست.</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>صادرکننده</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Nothing falls due in the next %1 days.</source>
        <translation>در %1 روز آینده چیزی سررسید نمی‌شود.</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>همهٔ مشتریان</translation>
    </message>
    <message>
        <source>balance %1, next due %2</source>
        <translation>مانده %1، سررسید بعدی %2</translation>
    </message>
    <message>
        <source>list cheques by due date</source>
        <translation>فهرست چک‌ها به ترتیب سررسید</translation>
    </message>
    <message>
        <source>--due-within DAYS lists the cheques not yet cleared, returned, transferred or cancelled that fall due by then, overdue ones included.</source>
        <translation>--due-within DAYS چک‌هایی را که هنوز وصول، عودت، خرج یا باطل نشده‌اند و تا آن روز سررسید می‌شوند، همراه با چک‌های سررسیدگذشته فهرست می‌کند.</translation>
    </message>
    <message>
        <source>only open cheques due by then</source>
        <translation>فقط چک‌های باز که تا آن روز سررسید می‌شوند</translation>
    </message>
    <message>
        <source>only this status (received, deposited, cleared, bounced, returned, redeposited, transferred, cancelled)</source>
        <translation>فقط این وضعیت (received، deposited، cleared، bounced، returned، redeposited، transferred، cancelled)</translation>
    </message>
    <message>
        <source>only cheques received or issued</source>
        <translation>فقط چک‌های دریافتی یا پرداختی</translation>
    </message>
    <message>
        <source>only this customer's cheques</source>
        <translation>فقط چک‌های این مشتری</translation>
    </message>
    <message>
        <source>Sayad ID, serial, drawer, customer or bank contains</source>
        <translation>شناسهٔ صیادی، سریال، صادرکننده، مشتری یا بانک شامل این متن باشد</translation>
    </message>
    <message>
        <source>show a cheque with its history of states</source>
        <translation>نمایش چک همراه با سابقهٔ وضعیت‌های آن</translation>
    </message>
    <message>
        <source>move a cheque to deposited, cleared, bounced, returned, redeposited, transferred or cancelled</source>
        <translation>بردن چک به وضعیت واگذارشده به بانک، وصول‌شده، برگشتی، عودت‌داده‌شده، واگذاری دوباره، خرج‌شده یا باطل‌شده</translation>
    </message>
    <message>
        <source>Only the moves of the cheque state machine are allowed: received → deposited, transferred, returned or cancelled; deposited or redeposited → cleared or bounced; bounced → returned or redeposited. Cleared settles the invoice's money; bounced, returned and cancelled reopen its balance.</source>
        <translation>فقط تغییرهای مجاز در چرخهٔ وضعیت چک پذیرفته می‌شود: نزد ما ← واگذارشده به بانک، خرج‌شده، عودت‌داده‌شده یا باطل‌شده؛ واگذارشده یا واگذاری دوباره ← وصول‌شده یا برگشتی؛ برگشتی ← عودت‌داده‌شده یا واگذاری دوباره. با وصول چک، مبلغ آن از ماندهٔ فاکتور تسویه می‌شود؛ با برگشت، عودت یا ابطال، ماندهٔ فاکتور دوباره باز می‌شود.</translation>
    </message>
    <message>
        <source>when it happened (default: today)</source>
        <translation>تاریخ رخ دادن (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <source>a note kept with the change</source>
        <translation>یادداشتی که همراه این تغییر نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>cheques, instalments and credit promises due soon or overdue, and pre-invoices about to expire</source>
        <translation>چک‌ها، اقساط و وعده‌های پرداختی که سررسیدشان نزدیک است یا گذشته است، و پیش‌فاکتورهای رو به پایان اعتبار</translation>
    </message>
    <message>
        <source>how many days ahead (default: the setting, 3)</source>
        <translation>چند روز پیش از سررسید (پیش‌فرض: مقدار تنظیمات، ۳)</translation>
    </message>
    <message>
        <source>what customers owe, aged 0–30, 31–60, 61–90 and over 90 days</source>
        <translation>بدهی مشتریان به تفکیک سن مطالبات: ۰ تا ۳۰، ۳۱ تا ۶۰، ۶۱ تا ۹۰ و بیش از ۹۰ روز</translation>
    </message>
    <message>
        <source>With a plan, each unpaid instalment is aged from its own due date; without one, the invoice's balance from its issue date.</source>
        <translation>اگر فاکتور برنامهٔ اقساط داشته باشد، سن هر قسط پرداخت‌نشده از سررسید خودش حساب می‌شود؛ وگرنه سن ماندهٔ فاکتور از تاریخ صدور آن.</translation>
    </message>
    <message>
        <source>also list the open invoices, most overdue first</source>
        <translation>نمایش فهرست فاکتورهای باز نیز، سررسیدگذشته‌ترین‌ها اول</translation>
    </message>
    <message>
        <source>list this customer's open invoices</source>
        <translation>فهرست فاکتورهای باز این مشتری</translation>
    </message>
    <message>
        <source>Payment rating: %1</source>
        <translation>رتبهٔ خوش‌حسابی: %1</translation>
    </message>
    <message>
        <source>give --invoice ID, or --customer ID for a payment on account</source>
        <translation>--invoice ID را بدهید، یا برای پرداخت علی‌الحساب --customer ID را</translation>
    </message>
    <message>
        <source>only a cheque has this; use --method cheque</source>
        <translation>این گزینه فقط برای چک است؛ از --method cheque استفاده کنید</translation>
    </message>
    <message>
        <source>--reason is required</source>
        <translation>--reason الزامی است</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>سررسید %1</translation>
    </message>
    <message>
        <source>Instalment plan #%1 of %2 Rial, every %3</source>
        <translation>برنامهٔ اقساط شمارهٔ %1 به مبلغ %2 ریال، هر %3</translation>
    </message>
    <message>
        <source>down payment</source>
        <translation>پیش‌پرداخت</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>دریافت‌شده %1</translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>%1 دریافت‌شده</translation>
    </message>
    <message>
        <source>Total: %1, paid: %2, pending: %3, balance: %4</source>
        <translation>جمع کل: %1، دریافت‌شده: %2، در انتظار وصول: %3، مانده: %4</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>پرداخت‌ها:</translation>
    </message>
    <message>
        <source>invoice %1 is already settled</source>
        <translation>فاکتور %1 پیش‌تر تسویه شده است</translation>
    </message>
    <message>
        <source>--invoice ID is required</source>
        <translation>--invoice ID الزامی است</translation>
    </message>
    <message>
        <source>Customer's payment rating: %1</source>
        <translation>رتبهٔ خوش‌حسابی مشتری: %1</translation>
    </message>
    <message>
        <source>custom dates are set in the desktop app; give 1m, 2w or 30d</source>
        <translation>تاریخ‌های دلخواه در برنامهٔ دسکتاپ تعیین می‌شوند؛ 1m، 2w یا 30d بدهید</translation>
    </message>
    <message>
        <source>invoice %1 has no instalment plan</source>
        <translation>فاکتور %1 برنامهٔ اقساط ندارد</translation>
    </message>
    <message>
        <source>the invoice paid (or --customer for money on account)</source>
        <translation>فاکتوری که پرداخت می‌شود (یا --customer برای وجه علی‌الحساب)</translation>
    </message>
    <message>
        <source>the customer, for a payment on account without an invoice</source>
        <translation>مشتری، برای پرداخت علی‌الحساب بدون فاکتور</translation>
    </message>
    <message>
        <source>cash, pos, deposit, card, credit or cheque</source>
        <translation>cash، pos، deposit، card، credit یا cheque</translation>
    </message>
    <message>
        <source>the amount in Rial (any digits, separators allowed)</source>
        <translation>مبلغ به ریال (با هر نوع رقم؛ جداکننده هم مجاز است)</translation>
    </message>
    <message>
        <source>accept more than the balance: the rest goes on the customer's account</source>
        <translation>پذیرفتن مبلغ بیش از مانده: باقی آن به حساب مشتری (علی‌الحساب) می‌رود</translation>
    </message>
    <message>
        <source>received or promised on (default: today)</source>
        <translation>تاریخ دریافت یا وعده (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <source>due date of a cheque or credit promise (required for them)</source>
        <translation>سررسید چک یا وعدهٔ پرداخت (برای این دو الزامی است)</translation>
    </message>
    <message>
        <source>the instalment of the invoice's plan this pays</source>
        <translation>قسطی از برنامهٔ اقساط فاکتور که این پرداخت بابت آن است</translation>
    </message>
    <message>
        <source>cheque: the 16-digit Sayad ID</source>
        <translation>چک: شناسهٔ صیادی ۱۶ رقمی</translation>
    </message>
    <message>
        <source>cheque: serial number</source>
        <translation>چک: شمارهٔ سریال</translation>
    </message>
    <message>
        <source>cheque: drawee bank; deposit slip: the bank</source>
        <translation>چک: بانک محال‌علیه؛ فیش واریزی: بانک</translation>
    </message>
    <message>
        <source>cheque: branch name</source>
        <translation>چک: نام شعبه</translation>
    </message>
    <message>
        <source>cheque: branch code</source>
        <translation>چک: کد شعبه</translation>
    </message>
    <message>
        <source>cheque: who signed it</source>
        <translation>چک: امضاکننده</translation>
    </message>
    <message>
        <source>cheque: the drawer's national or legal ID</source>
        <translation>چک: کد ملی یا شناسهٔ ملی صادرکننده</translation>
    </message>
    <message>
        <source>cheque: account number; deposit, card-to-card: destination account or card</source>
        <translation>چک: شمارهٔ حساب؛ فیش واریزی و کارت به کارت: حساب یا کارت مقصد</translation>
    </message>
    <message>
        <source>slip or tracking number</source>
        <translation>شمارهٔ فیش/پیگیری</translation>
    </message>
    <message>
        <source>POS: terminal</source>
        <translation>کارتخوان: پایانه</translation>
    </message>
    <message>
        <source>POS: trace number</source>
        <translation>کارتخوان: شمارهٔ پیگیری</translation>
    </message>
    <message>
        <source>POS, card-to-card: the card (stored masked)</source>
        <translation>کارتخوان و کارت به کارت: شمارهٔ کارت (به‌صورت پوشیده ذخیره می‌شود)</translation>
    </message>
    <message>
        <source>who paid (deposit slips)</source>
        <translation>نام واریزکننده (فیش واریزی)</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>the invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>receive a payment against an invoice or on account; prints its ID</source>
        <translation>دریافت وجه بابت فاکتور یا به‌صورت علی‌الحساب؛ شناسهٔ پرداخت را چاپ می‌کند</translation>
    </message>
    <message>
        <source>A payment above the invoice's balance is refused unless --on-account; then the invoice takes its balance and the rest is a second payment on account. A cheque needs --sayad (16 digits) and --due; a credit promise --due. The invoice is settled when its balance reaches zero; cheques count once cleared.</source>
        <translation>پرداخت بیش از ماندهٔ فاکتور پذیرفته نمی‌شود، مگر با --on-account؛ در این صورت فاکتور به اندازهٔ مانده‌اش دریافت می‌کند و باقی، پرداخت دومی به‌صورت علی‌الحساب می‌شود. چک به --sayad (۱۶ رقم) و --due نیاز دارد و وعدهٔ پرداخت به --due. فاکتور وقتی مانده‌اش به صفر برسد تسویه‌شده می‌شود؛ چک‌ها پس از وصول به حساب می‌آیند.</translation>
    </message>
    <message>
        <source>withdraw a payment recorded by mistake (cheques: cheques set-status ID cancelled)</source>
        <translation>ابطال پرداختی که به اشتباه ثبت شده است (برای چک‌ها: cheques set-status ID cancelled)</translation>
    </message>
    <message>
        <source>why (required)</source>
        <translation>دلیل (الزامی)</translation>
    </message>
    <message>
        <source>show an invoice with its payments, balance and instalment plan</source>
        <translation>نمایش فاکتور همراه با پرداخت‌ها، مانده و برنامهٔ اقساط آن</translation>
    </message>
    <message>
        <source>receive the invoice's remaining balance in cash today</source>
        <translation>دریافت نقدی ماندهٔ فاکتور در تاریخ امروز</translation>
    </message>
    <message>
        <source>The invoice becomes settled. A payment is withdrawn with “payments void ID”.</source>
        <translation>فاکتور تسویه‌شده می‌شود. برای ابطال پرداخت از «payments void ID» استفاده کنید.</translation>
    </message>
    <message>
        <source>a note on the payment</source>
        <translation>یادداشتی روی پرداخت</translation>
    </message>
    <message>
        <source>split an invoice's balance into a down payment and instalments</source>
        <translation>تقسیم ماندهٔ فاکتور به پیش‌پرداخت و اقساط</translation>
    </message>
    <message>
        <source>The instalments are equal parts of the balance after the down payment, the remainder on the last; they fall every --every (1m: Jalali months, 2w: weeks, 30d: days) after --start, the down payment's due date. The customer's payment rating is shown with the plan.</source>
        <translation>اقساط سهم‌های برابر از ماندهٔ پس از پیش‌پرداخت‌اند و باقیماندهٔ تقسیم به قسط آخر افزوده می‌شود؛ سررسید آن‌ها از --start (سررسید پیش‌پرداخت) به بعد، هر --every یک بار است (1m: ماه‌های شمسی، 2w: هفته‌ها، 30d: روزها). رتبهٔ خوش‌حسابی مشتری همراه با برنامه نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>the down payment (0 for none)</source>
        <translation>مبلغ پیش‌پرداخت (۰ برای بدون پیش‌پرداخت)</translation>
    </message>
    <message>
        <source>how many instalments after the down payment (1 to 360)</source>
        <translation>تعداد اقساط پس از پیش‌پرداخت (۱ تا ۳۶۰)</translation>
    </message>
    <message>
        <source>1m, 3m, 2w, 30d … (default 1m)</source>
        <translation>1m، 3m، 2w، 30d … (پیش‌فرض: 1m)</translation>
    </message>
    <message>
        <source>the down payment's due date (default: today)</source>
        <translation>سررسید پیش‌پرداخت (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <source>show an invoice's instalment plan and what has been paid of it</source>
        <translation>نمایش برنامهٔ اقساط فاکتور و مبلغ دریافت‌شده از آن</translation>
    </message>
    <message>
        <source>remove an instalment plan that has not started</source>
        <translation>حذف برنامهٔ اقساطی که هنوز آغاز نشده است</translation>
    </message>
    <message>
        <source>%1 customers, %2 leads, %3 documents, %4 payments</source>
        <translation>%1 مشتری، %2 سرنخ، %3 سند، %4 پرداخت</translation>
    </message>
    <message>
        <source>an in-memory database has no backup folder; name one</source>
        <translation>پایگاه دادهٔ درون‌حافظه‌ای پوشهٔ نسخه‌های پشتیبان ندارد؛ یک پوشه نام ببرید</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>نسخهٔ پشتیبان نوشته شد: %1</translation>
    </message>
    <message>
        <source>%1 bytes, %2, %3</source>
        <translation>%1 بایت، %2، %3</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>رمزگذاری‌شده</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>بدون رمزگذاری</translation>
    </message>
    <message>
        <source>Old backup removed: %1</source>
        <translation>نسخهٔ پشتیبان قدیمی حذف شد: %1</translation>
    </message>
    <message>
        <source>--to needs a file name</source>
        <translation>--to به نام فایل نیاز دارد</translation>
    </message>
    <message>
        <source>cannot restore into an in-memory database; use --to PATH</source>
        <translation>نمی‌توان در پایگاه دادهٔ درون‌حافظه‌ای بازیابی کرد؛ --to PATH را به کار ببرید</translation>
    </message>
    <message>
        <source>Restored the backup of %1 into %2.</source>
        <translation>نسخهٔ پشتیبانِ %1 در %2 بازیابی شد.</translation>
    </message>
    <message>
        <source>The database that was there is kept as %1</source>
        <translation>پایگاه داده‌ای که آنجا بود با نام %1 نگه داشته شد</translation>
    </message>
    <message>
        <source>No backups in %1</source>
        <translation>در %1 نسخهٔ پشتیبانی نیست</translation>
    </message>
    <message>
        <source>%1  unreadable: %2</source>
        <translation>%1  خوانا نیست: %2</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(رمزگذاری‌شده)</translation>
    </message>
    <message>
        <source>write a verified, compressed backup of the database</source>
        <translation>نوشتن نسخهٔ پشتیبانِ فشرده و وارسی‌شده از پایگاه داده</translation>
    </message>
    <message>
        <source>encrypt with a passphrase (Argon2id, XChaCha20-Poly1305)</source>
        <translation>رمزگذاری با عبارت عبور (Argon2id، XChaCha20-Poly1305)</translation>
    </message>
    <message>
        <source>restore a backup into the database (the current file is kept aside)</source>
        <translation>بازیابی نسخهٔ پشتیبان در پایگاه داده (فایل کنونی کنار گذاشته و نگه داشته می‌شود)</translation>
    </message>
    <message>
        <source>The backup is extracted beside the target, checked, and only then swapped in; the database that was there is renamed to NAME.before-restore-TIME.sqlite. Close Peyvand first. An encrypted backup's passphrase comes from PEYVAND_PASSPHRASE or is asked for on the terminal. Exit status 2 when the backup is damaged, cut short or the passphrase is wrong.</source>
        <translation>نسخهٔ پشتیبان در کنار فایل مقصد استخراج و بررسی می‌شود و تنها پس از آن جایگزین می‌شود؛ نام پایگاه داده‌ای که آنجا بود به NAME.before-restore-TIME.sqlite تغییر می‌کند. نخست پیوند را ببندید. عبارت عبور نسخهٔ پشتیبان رمزگذاری‌شده از PEYVAND_PASSPHRASE گرفته می‌شود یا در پایانه پرسیده می‌شود. اگر نسخهٔ پشتیبان آسیب‌دیده یا ناقص باشد یا عبارت عبور نادرست باشد، کد خروج ۲ است.</translation>
    </message>
    <message>
        <source>restore into this file instead of the database</source>
        <translation>بازیابی در این فایل به‌جای پایگاه داده</translation>
    </message>
    <message>
        <source>list the backups in a folder with their dates and counts</source>
        <translation>فهرست نسخه‌های پشتیبان یک پوشه با تاریخ‌ها و شمارش‌هایشان</translation>
    </message>
    <message>
        <source>DIR defaults to the backup folder of the database. Needs no passphrase.</source>
        <translation>پیش‌فرض DIR پوشهٔ نسخه‌های پشتیبان پایگاه داده است. به عبارت عبور نیازی ندارد.</translation>
    </message>
    <message>
        <source>Last backup: %1 (%2)</source>
        <translation>آخرین نسخهٔ پشتیبان: %1 (%2)</translation>
    </message>
    <message>
        <source>No backup in %1 yet; make one with “peyvand-cli backup”.</source>
        <translation>هنوز در %1 نسخهٔ پشتیبانی نیست؛ با «peyvand-cli backup» یکی بسازید.</translation>
    </message>
    <message>
        <source>%1 is set but empty</source>
        <translation>%1 تعیین شده ولی خالی است</translation>
    </message>
    <message>
        <source>a passphrase is needed: set %1 or run the command in a terminal to be asked for it</source>
        <translation>عبارت عبور لازم است: %1 را تعیین کنید یا فرمان را در پایانه اجرا کنید تا پرسیده شود</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارت عبور: </translation>
    </message>
    <message>
        <source>no passphrase was typed</source>
        <translation>عبارت عبوری وارد نشد</translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>دوباره عبارت عبور: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>دو عبارت عبور یکسان نیستند</translation>
    </message>
    <message>
        <source>No backup made: automatic backups are off (peyvand-cli backups schedule).</source>
        <translation>نسخهٔ پشتیبانی گرفته نشد: پشتیبان‌گیری خودکار خاموش است (peyvand-cli backups schedule).</translation>
    </message>
    <message>
        <source>No backup is due yet; the last one was made %1.</source>
        <translation>هنوز زمان پشتیبان‌گیری نرسیده است؛ آخرین نسخهٔ پشتیبان %1 گرفته شده است.</translation>
    </message>
    <message>
        <source>the stored backup encryption key is damaged; no unencrypted backup was written (run “peyvand-cli backups encryption off”, then on)</source>
        <translation>کلید رمزگذاری ذخیره‌شدهٔ نسخه‌های پشتیبان آسیب دیده است؛ هیچ نسخهٔ پشتیبان رمزگذاری‌نشده‌ای نوشته نشد (نخست «peyvand-cli backups encryption off» و سپس on را اجرا کنید)</translation>
    </message>
    <message>
        <source>DEST is a folder: by default the one in the settings (backups schedule --folder), else “backups” beside the database. The file is named by its UTC time (peyvand-2026-11-24T103000Z.pvbak); older backups are then thinned out (7 daily, 4 weekly, 12 monthly kept). When encryption is on (backups encryption on) the backup is encrypted without asking. With --encrypt the passphrase comes from PEYVAND_PASSPHRASE or is asked for twice on the terminal. --if-due makes the backup only when the schedule says one is due (for cron or a system scheduler); exit status 0 either way.</source>
        <translation>DEST یک پوشه است: به‌طور پیش‌فرض پوشهٔ تعیین‌شده در تنظیمات (backups schedule --folder)، وگرنه پوشهٔ «backups» در کنار پایگاه داده. نام فایل بر پایهٔ زمان UTC آن است (peyvand-2026-11-24T103000Z.pvbak)؛ سپس نسخه‌های پشتیبان قدیمی‌تر کم می‌شوند (۷ نسخهٔ روزانه، ۴ هفتگی و ۱۲ ماهانه نگه داشته می‌شود). وقتی رمزگذاری روشن است (backups encryption on)، نسخهٔ پشتیبان بدون پرسش رمزگذاری می‌شود. با --encrypt عبارت عبور از PEYVAND_PASSPHRASE گرفته می‌شود یا دو بار در پایانه پرسیده می‌شود. --if-due فقط وقتی پشتیبان می‌گیرد که طبق زمان‌بندی موعد آن رسیده باشد (برای cron یا زمان‌بند سیستم)؛ در هر دو حالت کد خروج ۰ است.</translation>
    </message>
    <message>
        <source>only when the backup schedule says a backup is due</source>
        <translation>فقط وقتی که طبق زمان‌بندی، موعد پشتیبان‌گیری رسیده باشد</translation>
    </message>
    <message>
        <source>the schedule is daily, weekly or off, not “%1”</source>
        <translation>زمان‌بندی باید daily (روزانه)، weekly (هفتگی) یا off (خاموش) باشد، نه «%1»</translation>
    </message>
    <message>
        <source>say on or off, not “%1”</source>
        <translation>on یا off بنویسید، نه «%1»</translation>
    </message>
    <message>
        <source>Backups are not encrypted.</source>
        <translation>نسخه‌های پشتیبان رمزگذاری نمی‌شوند.</translation>
    </message>
    <message>
        <source>Backups will be encrypted. Keep the passphrase safe: without it they cannot be restored.</source>
        <translation>از این پس نسخه‌های پشتیبان رمزگذاری می‌شوند. عبارت عبور را در جای امنی نگه دارید: بدون آن نمی‌توان نسخه‌ها را بازیابی کرد.</translation>
    </message>
    <message>
        <source>Backups will no longer be encrypted; earlier encrypted backups still need the passphrase.</source>
        <translation>از این پس نسخه‌های پشتیبان رمزگذاری نمی‌شوند؛ نسخه‌های رمزگذاری‌شدهٔ قبلی همچنان به عبارت عبور نیاز دارند.</translation>
    </message>
    <message>
        <source>show or set the automatic backup schedule and folder</source>
        <translation>نمایش یا تعیین زمان‌بندی و پوشهٔ پشتیبان‌گیری خودکار</translation>
    </message>
    <message>
        <source>Without arguments shows the schedule (daily by default), the folder, encryption, the last backup and the last failure. Peyvand makes the backup when it is due; a system scheduler can run “peyvand-cli backup --if-due”. --folder "" goes back to the default folder (“backups” beside the database).</source>
        <translation>بدون آرگومان، زمان‌بندی (به‌طور پیش‌فرض روزانه)، پوشه، رمزگذاری، آخرین پشتیبان و آخرین خطا را نشان می‌دهد. پیوند هر وقت موعد پشتیبان‌گیری برسد، نسخهٔ پشتیبان می‌گیرد؛ زمان‌بند سیستم هم می‌تواند «peyvand-cli backup --if-due» را اجرا کند. --folder "" به پوشهٔ پیش‌فرض (پوشهٔ «backups» در کنار پایگاه داده) برمی‌گردد.</translation>
    </message>
    <message>
        <source>keep backups in this folder (another disk or a synced folder)</source>
        <translation>نگه‌داری نسخه‌های پشتیبان در این پوشه (دیسکی دیگر یا پوشهٔ همگام‌شده)</translation>
    </message>
    <message>
        <source>encrypt every backup with a passphrase, or stop</source>
        <translation>رمزگذاری همهٔ نسخه‌های پشتیبان با عبارت عبور، یا توقف آن</translation>
    </message>
    <message>
        <source>“on” derives a key pair from the passphrase and stores only its public half, so automatic backups are encrypted without the passphrase being kept; restoring needs it. “off” needs the same passphrase. The passphrase comes from PEYVAND_PASSPHRASE or is asked for on the terminal.</source>
        <translation>«on» از عبارت عبور یک جفت‌کلید می‌سازد و فقط نیمهٔ عمومی آن را ذخیره می‌کند تا نسخه‌های پشتیبان خودکار بدون نگه‌داشتن عبارت عبور رمزگذاری شوند؛ بازیابی به عبارت عبور نیاز دارد. «off» به همان عبارت عبور نیاز دارد. عبارت عبور از PEYVAND_PASSPHRASE گرفته می‌شود یا در پایانه پرسیده می‌شود.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>Automatic backups: off</source>
        <translation>پشتیبان‌گیری خودکار: خاموش</translation>
    </message>
    <message>
        <source>Automatic backups: %1, due now</source>
        <translation>پشتیبان‌گیری خودکار: %1، هم‌اکنون موعد آن است</translation>
    </message>
    <message>
        <source>Automatic backups: %1, next on %2</source>
        <translation>پشتیبان‌گیری خودکار: %1، نوبت بعدی در %2</translation>
    </message>
    <message>
        <source>Backup folder: %1 (the default)</source>
        <translation>پوشهٔ پشتیبان: %1 (پیش‌فرض)</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>پوشهٔ پشتیبان: %1</translation>
    </message>
    <message>
        <source>Encryption: on (the passphrase is needed to restore)</source>
        <translation>رمزگذاری: روشن (برای بازیابی به عبارت عبور نیاز است)</translation>
    </message>
    <message>
        <source>Encryption: off</source>
        <translation>رمزگذاری: خاموش</translation>
    </message>
    <message>
        <source>Last successful backup: %1</source>
        <translation>آخرین پشتیبان‌گیری موفق: %1</translation>
    </message>
    <message>
        <source>Last successful backup: never</source>
        <translation>آخرین پشتیبان‌گیری موفق: هرگز</translation>
    </message>
    <message>
        <source>The last backup attempt failed (%1): %2</source>
        <translation>آخرین تلاش برای پشتیبان‌گیری ناموفق بود (%1): %2</translation>
    </message>
    <message>
        <source>Exit status 0 when both checks are clean, 1 otherwise (the problems are listed). Also names the newest readable backup in the backup folder, the backup schedule and the last failed backup attempt.</source>
        <translation>اگر هر دو بررسی بی‌مشکل باشند کد خروج ۰ است، وگرنه ۱ (مشکلات فهرست می‌شوند). همچنین جدیدترین نسخهٔ پشتیبان خوانا در پوشهٔ پشتیبان، زمان‌بندی پشتیبان‌گیری و آخرین تلاش ناموفق برای پشتیبان‌گیری را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>مشتری %1</translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation>سرنخ %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>سند %1</translation>
    </message>
    <message>
        <source>payment %1</source>
        <translation>پرداخت %1</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>%1  %2  %3  (%4)</source>
        <translation>%1  %2  %3  (%4)</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4 → %5  (%6)</source>
        <translation>%1  %2  %3: %4 → %5  (%6)</translation>
    </message>
    <message>
        <source>unknown kind “%1”: use customer, lead, quote, payment or setting</source>
        <translation>نوع ناشناختهٔ «%1»: از customer، lead، quote، payment یا setting استفاده کنید</translation>
    </message>
    <message>
        <source>name the ID of the %1</source>
        <translation>شناسهٔ %1 را مشخص کنید</translation>
    </message>
    <message>
        <source>the settings history takes no ID</source>
        <translation>تاریخچهٔ تنظیمات شناسه نمی‌گیرد</translation>
    </message>
    <message>
        <source>No changes are recorded for %1.</source>
        <translation>هیچ تغییری برای %1 ثبت نشده است.</translation>
    </message>
    <message>
        <source>every recorded change of a record: when, from where, field, old and new value</source>
        <translation>همهٔ تغییرات ثبت‌شدهٔ یک رکورد: زمان، محل ثبت، فیلد، مقدار پیشین و مقدار جدید</translation>
    </message>
    <message>
        <source>A customer's or lead's history includes its notes and interactions; a quote's (any pre-invoice or invoice) its attachments; a cheque payment's the moves of its cheque. "setting" lists every settings change and takes no ID. The source says where a change was made: app, cli or import.</source>
        <translation>تاریخچهٔ یک مشتری یا سرنخ شامل یادداشت‌ها و تعامل‌های آن است؛ تاریخچهٔ یک سند (هر پیش‌فاکتور یا صورتحساب) شامل پیوست‌های آن، و تاریخچهٔ پرداخت با چک شامل گردش‌های چک آن. «setting» همهٔ تغییرات تنظیمات را فهرست می‌کند و شناسه نمی‌گیرد. منبع نشان می‌دهد تغییر کجا ثبت شده است: app (برنامه)، cli (خط فرمان) یا import (ورود).</translation>
    </message>
    <message>
        <source>App password: set</source>
        <translation>گذرواژهٔ برنامه: تعیین شده</translation>
    </message>
    <message>
        <source>App password: not set</source>
        <translation>گذرواژهٔ برنامه: تعیین نشده</translation>
    </message>
    <message>
        <source>Locks when idle: never</source>
        <translation>قفل خودکار هنگام بی‌کاری: هرگز</translation>
    </message>
    <message>
        <source>Locks when idle for: %1 minutes</source>
        <translation>قفل خودکار پس از بی‌کاری: %1 دقیقه</translation>
    </message>
    <message>
        <source>Exports: allowed</source>
        <translation>خروجی گرفتن: مجاز</translation>
    </message>
    <message>
        <source>Exports: turned off</source>
        <translation>خروجی گرفتن: غیرفعال</translation>
    </message>
    <message>
        <source>Printing: allowed</source>
        <translation>چاپ: مجاز</translation>
    </message>
    <message>
        <source>Printing: turned off</source>
        <translation>چاپ: غیرفعال</translation>
    </message>
    <message>
        <source>show whether the app password is set and what it allows</source>
        <translation>نمایش اینکه گذرواژهٔ برنامه تعیین شده است یا نه و چه کارهایی را مجاز می‌کند</translation>
    </message>
    <message>
        <source>The password, the idle time and the export and printing switches are changed in the app's Security settings only.</source>
        <translation>گذرواژه، زمان بی‌کاری و کلیدهای خروجی گرفتن و چاپ فقط در بخش «امنیت» تنظیمات برنامه تغییر می‌کنند.</translation>
    </message>
    <message>
        <source>use day, week, month, quarter, year, product, category, marketer, customer, city or source</source>
        <translation>day، week، month، quarter، year، product، category، marketer، customer، city یا source را به کار ببرید</translation>
    </message>
    <message>
        <source>no report is called “%1”; “peyvand-cli report list” lists them</source>
        <translation>گزارشی به نام «%1» نیست؛ «peyvand-cli report list» گزارش‌ها را فهرست می‌کند</translation>
    </message>
    <message>
        <source>use today, this_week, this_month, last_month, this_quarter, this_year, last_year or fiscal_year</source>
        <translation>today، this_week، this_month، last_month، this_quarter، this_year، last_year یا fiscal_year را به کار ببرید</translation>
    </message>
    <message>
        <source>the period ends before it begins</source>
        <translation>پایان دوره پیش از آغاز آن است</translation>
    </message>
    <message>
        <source>(nothing in this period)</source>
        <translation>(در این دوره موردی نیست)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>به تاریخ %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>use day, week, month, quarter or year</source>
        <translation>day، week، month، quarter یا year را به کار ببرید</translation>
    </message>
    <message>
        <source>first day (Jalali or ISO)</source>
        <translation>روز نخست (شمسی یا ISO)</translation>
    </message>
    <message>
        <source>last day (Jalali or ISO)</source>
        <translation>روز آخر (شمسی یا ISO)</translation>
    </message>
    <message>
        <source>today, this_week, this_month, last_month, this_quarter, this_year (default), last_year, fiscal_year</source>
        <translation>today، this_week، this_month، last_month، this_quarter، this_year (پیش‌فرض)، last_year، fiscal_year</translation>
    </message>
    <message>
        <source>the fiscal year (Jalali, e.g. 1404)</source>
        <translation>سال مالی (شمسی، مثلاً ۱۴۰۴)</translation>
    </message>
    <message>
        <source>rows in top lists</source>
        <translation>تعداد ردیف‌های فهرست‌های برتر</translation>
    </message>
    <message>
        <source>day, week, month (default), quarter or year</source>
        <translation>day، week، month (پیش‌فرض)، quarter یا year</translation>
    </message>
    <message>
        <source>day, week, month (default), quarter, year, product, category, marketer, customer, city or source</source>
        <translation>day، week، month (پیش‌فرض)، quarter، year، product، category، marketer، customer، city یا source</translation>
    </message>
    <message>
        <source>a4 (default) or a5</source>
        <translation>a4 (پیش‌فرض) یا a5</translation>
    </message>
    <message>
        <source>landscape pages</source>
        <translation>صفحه‌های افقی</translation>
    </message>
    <message>
        <source>list the reports and their keys</source>
        <translation>فهرست گزارش‌ها و کلیدهای آن‌ها</translation>
    </message>
    <message>
        <source>invoiced sales by period, product, category, marketer, customer, city or source</source>
        <translation>فروش فاکتور‌شده بر اساس دوره، کالا، دسته، بازاریاب، مشتری، شهر یا منبع آشنایی</translation>
    </message>
    <message>
        <source>Without --from, --to, --period or --year the period is this Jalali year to today. Amounts are Rial; rates and shares in JSON are per mille.</source>
        <translation>بدون --from، --to، --period یا --year، دوره از آغاز امسال (شمسی) تا امروز است. مبلغ‌ها به ریال‌اند؛ نرخ‌ها و سهم‌ها در JSON به صورت در هزار (‰) هستند.</translation>
    </message>
    <message>
        <source>monthly and yearly sales, running average, targets</source>
        <translation>فروش ماهانه و سالانه، میانگین تجمعی، هدف‌های فروش</translation>
    </message>
    <message>
        <source>the next three months: trend, weighted pipeline, open pre-invoices</source>
        <translation>سه ماه آینده: روند، فرصت‌های فروش وزنی، پیش‌فاکتورهای باز</translation>
    </message>
    <message>
        <source>customer segments by recency, frequency and money</source>
        <translation>بخش‌بندی مشتریان بر اساس تازگی خرید، دفعات خرید و مبلغ خرید</translation>
    </message>
    <message>
        <source>lifetime value, top customers, customers at risk</source>
        <translation>ارزش طول عمر، مشتریان برتر، مشتریان در معرض ریزش</translation>
    </message>
    <message>
        <source>lead funnel and conversion by source and month</source>
        <translation>قیف سرنخ‌ها و نرخ تبدیل بر اساس منبع آشنایی و ماه</translation>
    </message>
    <message>
        <source>pre-invoices that became invoices</source>
        <translation>پیش‌فاکتورهایی که به فاکتور تبدیل شدند</translation>
    </message>
    <message>
        <source>receivables ageing per customer</source>
        <translation>سن مطالبات به تفکیک مشتری</translation>
    </message>
    <message>
        <source>cheques not yet cleared, by due date</source>
        <translation>چک‌های هنوز وصول‌نشده، بر اساس سررسید</translation>
    </message>
    <message>
        <source>how many customers have each payment rating</source>
        <translation>تعداد مشتریان در هر رتبهٔ خوش‌حسابی</translation>
    </message>
    <message>
        <source>write a report to PDF: figures, charts, tables and how it is computed</source>
        <translation>نوشتن گزارش در فایل PDF: شاخص‌ها، نمودارها، جدول‌ها و روش محاسبه</translation>
    </message>
    <message>
        <source>NAME is a key from “report list” or sales, trend, forecast, rfm, value, funnel, conversion, receivables, cheques, ratings. --lang fa prints it in Persian (right to left, Jalali, Persian digits), --lang en in English.</source>
        <translation>NAME کلیدی از «report list» یا یکی از sales، trend، forecast، rfm، value، funnel، conversion، receivables، cheques، ratings است. --lang fa آن را به فارسی (راست‌به‌چپ، تاریخ شمسی، رقم‌های فارسی) و --lang en به انگلیسی چاپ می‌کند.</translation>
    </message>
    <message>
        <source>No targets are set for %1.</source>
        <translation>برای %1 هیچ هدف فروشی تعیین نشده است.</translation>
    </message>
    <message>
        <source>last month %1</source>
        <translation>ماه گذشته %1</translation>
    </message>
    <message>
        <source>a year ago %1</source>
        <translation>یک سال پیش %1</translation>
    </message>
    <message>
        <source>the sales targets of a Jalali year</source>
        <translation>هدف‌های فروش یک سال شمسی</translation>
    </message>
    <message>
        <source>the Jalali year (default: this year)</source>
        <translation>سال شمسی (پیش‌فرض: امسال)</translation>
    </message>
    <message>
        <source>set the sales target of a month (1404-07) or quarter (1404-Q3), in Rial before tax</source>
        <translation>تعیین هدف فروش یک ماه (1404-07) یا فصل (1404-Q3)، به ریال و پیش از مالیات</translation>
    </message>
    <message>
        <source>remove a month's or quarter's sales target</source>
        <translation>حذف هدف فروش یک ماه یا فصل</translation>
    </message>
    <message>
        <source>this Jalali month's numbers against last month and last year, and what is due</source>
        <translation>شاخص‌های این ماه شمسی در مقایسه با ماه گذشته و سال گذشته، و موارد سررسید</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is too large (%1 MB); at most %2 MB can be read.</source>
        <translation>فایل بیش از حد بزرگ است (%1 مگابایت)؛ حداکثر %2 مگابایت خوانده می‌شود.</translation>
    </message>
    <message>
        <source>“%1” cannot separate CSV values.</source>
        <translation>«%1» نمی‌تواند جداکنندهٔ مقدارهای CSV باشد.</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file as “CSV UTF-8” and try again.</source>
        <translation>سطر %1 متن UTF-8 نیست. فایل را با قالب «CSV UTF-8» ذخیره کنید و دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted value is never closed (a " is missing).</source>
        <translation>سطر %1: یک مقدار داخل نقل‌قول هرگز بسته نشده است (یک " کم است).</translation>
    </message>
    <message>
        <source>line %1: the file holds a NUL character, so it is not text (or it is UTF-16 without a byte order mark: choose UTF-16).</source>
        <translation>سطر %1: فایل نویسهٔ NUL دارد، پس متنی نیست (یا UTF-16 بدون BOM است: UTF-16 را انتخاب کنید).</translation>
    </message>
    <message>
        <source>line %1: the record that starts here is longer than %2 characters; a closing quote (") may be missing.</source>
        <translation>سطر %1: رکوردی که از اینجا شروع می‌شود بیش از %2 نویسه است؛ شاید یک نقل‌قول پایانی (") کم باشد.</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 باید متن باشد.</translation>
    </message>
    <message>
        <source>customer.kind must be “person” or “company”.</source>
        <translation>customer.kind باید «person» یا «company» باشد.</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>فیلد ناشناختهٔ «%1».</translation>
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
    <message numerus="yes">
        <source>%1 has %n pre-invoice(s) or invoice(s), which must stay on record, so the customer cannot be deleted. Archive the customer instead.</source>
        <translation><numerusform>%1 دارای %n پیش‌فاکتور یا فاکتور است که باید در سوابق بمانند، از این رو نمی‌توان این مشتری را حذف کرد. به جای حذف، مشتری را بایگانی کنید.</numerusform></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Today's date is outside the Jalali calendar.</source>
        <translation>تاریخ امروز بیرون از محدودهٔ تقویم شمسی است.</translation>
    </message>
    <message>
        <source>From the 1st of this month to today, compared with the same days of last month and of this month last year.</source>
        <translation>از یکم این ماه تا امروز، در مقایسه با همین روزها در ماه گذشته و در همین ماه در سال گذشته.</translation>
    </message>
    <message>
        <source>Sales before tax</source>
        <translation>فروش پیش از مالیات</translation>
    </message>
    <message>
        <source>Issued and settled invoices, totals less VAT and duty. %1</source>
        <translation>فاکتورهای صادرشده و تسویه‌شده، جمع مبالغ بدون مالیات و عوارض. %1</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>فاکتورها</translation>
    </message>
    <message>
        <source>Invoices issued (settled ones included; drafts not). %1</source>
        <translation>فاکتورهای صادرشده (با احتساب تسویه‌شده‌ها و بدون پیش‌نویس‌ها). %1</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <source>Customers by their "customer since" date, archived ones included. %1</source>
        <translation>مشتریان بر اساس تاریخ «مشتری از»، با احتساب بایگانی‌شده‌ها. %1</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>وجه دریافت‌شده</translation>
    </message>
    <message>
        <source>Payments settled in the period by the day they became money (a cheque when it cleared), payments on account included. %1</source>
        <translation>پرداخت‌های تسویه‌شده در این دوره، بر اساس روزی که به وجه تبدیل شده‌اند (چک در روز وصول)، با احتساب پرداخت‌های علی‌الحساب. %1</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Open pre-invoices</source>
        <translation>پیش‌فاکتورهای باز</translation>
    </message>
    <message>
        <source>Pre-invoices</source>
        <translation>پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>Pre-invoices issued or accepted, not converted yet and still valid today; value before tax.</source>
        <translation>پیش‌فاکتورهای صادرشده یا پذیرفته‌شده که هنوز تبدیل نشده‌اند و امروز معتبرند؛ مبلغ پیش از مالیات.</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>سرنخ‌های واجد شرایط</translation>
    </message>
    <message>
        <source>Leads whose score reaches the qualifying threshold, neither converted nor lost.</source>
        <translation>سرنخ‌هایی که امتیازشان به حد نصاب رسیده و نه تبدیل شده‌اند و نه از دست رفته‌اند.</translation>
    </message>
    <message>
        <source>Cheques due this week</source>
        <translation>چک‌های سررسید این هفته</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>چک‌ها</translation>
    </message>
    <message>
        <source>Received cheques in hand or at the bank, due from today to Friday.</source>
        <translation>چک‌های دریافتیِ نزد ما یا در بانک، با سررسید از امروز تا جمعه.</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>مطالبات سررسیدگذشته</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Balances of issued invoices already due (an instalment plan's parts by their own due dates), as in the receivables ageing.</source>
        <translation>ماندهٔ فاکتورهای صادرشده‌ای که سررسیدشان فرارسیده است (قسط‌های هر برنامهٔ اقساط بر اساس سررسید خودشان)، مطابق گزارش سن مطالبات.</translation>
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
    <message>
        <source>“%1” is empty, not a Peyvand database.</source>
        <translation>«%1» خالی است و پایگاه دادهٔ پیوند نیست.</translation>
    </message>
    <message>
        <source>“%1” needs updating to this version of Peyvand, which cannot be done read-only.</source>
        <translation>«%1» باید برای این نسخهٔ پیوند به‌روزرسانی شود، که در حالت فقط‌خواندنی ممکن نیست.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be changed.</source>
        <translation>پایگاه داده به‌صورت فقط‌خواندنی باز است؛ هیچ چیزی را نمی‌توان تغییر داد.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>دیسک پر است؛ هیچ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The disk refused to read or write the database; nothing was changed.</source>
        <translation>دیسک اجازهٔ خواندن یا نوشتن پایگاه داده را نداد؛ هیچ چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>DelimitedSource</name>
    <message>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 (line %1); it was read as Windows-1256.</source>
        <translation>فایل UTF-8 معتبر نیست (سطر %1)؛ با کدگذاری Windows-1256 خوانده شد.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) could not be read as %1 and were replaced with “�”.</source>
        <translation><numerusform>%n نویسه با کدگذاری %1 خوانده نشد و با «�» جایگزین شد.</numerusform></translation>
    </message>
    <message>
        <source>The file is a ZIP archive, perhaps an Excel workbook: choose the XLSX format.</source>
        <translation>فایل یک فایل فشردهٔ ZIP است، شاید کتاب کار Excel: قالب XLSX را انتخاب کنید.</translation>
    </message>
    <message>
        <source>“%1” cannot separate values.</source>
        <translation>«%1» نمی‌تواند جداکنندهٔ مقدارها باشد.</translation>
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
    <name>Document</name>
    <message>
        <source>Pre-invoice</source>
        <translation>پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>پذیرفته‌شده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Converted to invoice</source>
        <translation>تبدیل‌شده به فاکتور</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>تسویه‌شده</translation>
    </message>
    <message>
        <source>Sales invoice of goods and services</source>
        <translation>صورتحساب فروش کالا و خدمات</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>draft-%1</source>
        <translation>پیش‌نویس-%1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>پیش‌نمایش چاپ</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>خروجی PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Printing needs the graphical application to be running.</source>
        <translation>برای چاپ، برنامهٔ گرافیکی باید در حال اجرا باشد.</translation>
    </message>
    <message>
        <source>The printer does not accept this paper size.</source>
        <translation>چاپگر این اندازهٔ کاغذ را نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation>چاپ آغاز نشد.</translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation>صفحهٔ تازه آغاز نشد.</translation>
    </message>
    <message>
        <source>Could not finish printing.</source>
        <translation>چاپ به پایان نرسید.</translation>
    </message>
    <message>
        <source>The document font could not be loaded.</source>
        <translation>قلم سند بارگذاری نشد.</translation>
    </message>
    <message>
        <source>Could not write the PDF file.</source>
        <translation>فایل PDF نوشته نشد.</translation>
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
        <source>“%1” is not a Peyvand database. It may be another program's file. Peyvand did not change it.</source>
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
    <message>
        <source>The database is open read-only; nothing can be changed.</source>
        <translation>پایگاه داده به‌صورت فقط‌خواندنی باز است؛ هیچ چیزی را نمی‌توان تغییر داد.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>خروجی گرفتن لغو شد؛ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>فایل «%1» نوشته نمی‌شود: %2</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
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
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>تلفن‌های دیگر</translation>
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
        <source>Preferred channel</source>
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
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>مشتری از</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
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
        <source>Contact person</source>
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
    <message>
        <source>Lead type</source>
        <translation>نوع سرنخ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>دلیل ازدست‌رفتن</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>بهترین زمان تماس</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>زمان‌بندی خرید</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>زمینهٔ فعالیت</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>نیاز</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Score set by hand</source>
        <translation>امتیاز دستی</translation>
    </message>
    <message>
        <source>Reason for the score</source>
        <translation>دلیل امتیاز</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Converted to customer</source>
        <translation>تبدیل‌شده به مشتری</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Pre-invoice</source>
        <translation>پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Marketer</source>
        <translation>بازاریاب</translation>
    </message>
    <message>
        <source>Outgoing number</source>
        <translation>شمارهٔ خروجی</translation>
    </message>
    <message>
        <source>Remittance number</source>
        <translation>شمارهٔ حواله</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>شرایط پرداخت</translation>
    </message>
    <message>
        <source>Payment note</source>
        <translation>یادداشت پرداخت</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>نرخ مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Duty rate</source>
        <translation>نرخ عوارض</translation>
    </message>
    <message>
        <source>Rates set by hand</source>
        <translation>نرخ‌های دستی</translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation>گرد کردن مالیات</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Additions</source>
        <translation>هزینه‌های اضافی</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Converted from</source>
        <translation>تبدیل‌شده از</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>دریافت‌شده</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>نام فایل</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>نوع فایل</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش پرداخت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>تاریخ پرداخت</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>قسط</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>چک</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>تاریخ تسویه</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>پایانه</translation>
    </message>
    <message>
        <source>Trace number</source>
        <translation>شمارهٔ پیگیری</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>شمارهٔ مرجع</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>واریزکننده</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Sayad ID</source>
        <translation>شناسهٔ صیادی</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>تاریخ وضعیت</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>نوع حساب</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>کد شعبه</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>شمارهٔ حساب</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>صادرکننده</translation>
    </message>
    <message>
        <source>Drawer ID</source>
        <translation>شناسهٔ صادرکننده</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>تصویر چک</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>امتیازدهی سرنخ‌ها</translation>
    </message>
    <message>
        <source>Payment reminder days</source>
        <translation>روزهای یادآوری پرداخت</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>نرخ‌های مالیات</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>مرحلهٔ فروش</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>زمینه‌های فعالیت</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A field of a part of a record: "Note: Text", "Cheque: Status".</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>App</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>خط فرمان</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>what was done to the record</comment>
        <translation>تاریخ ایجاد</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>what was done to the record</comment>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>what was done to the record</comment>
        <translation>حذف شد</translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>what was done to the record</comment>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Restored</source>
        <comment>what was done to the record</comment>
        <translation>بازگردانده شد</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>ورود لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام کوچک</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Kind (person or company)</source>
        <translation>نوع (شخص حقیقی یا شرکت)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
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
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>تلفن‌های دیگر</translation>
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
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>وارد نشود</translation>
    </message>
    <message>
        <source>The mapping “%1” must have the form COLUMN=FIELD.</source>
        <translation>نگاشت «%1» باید به شکل COLUMN=FIELD باشد.</translation>
    </message>
    <message>
        <source>The mapping “%1=%2” names an unknown field “%2”.</source>
        <translation>نگاشت «%1=%2» به فیلد ناشناختهٔ «%2» اشاره می‌کند.</translation>
    </message>
    <message>
        <source>The mapping “%1=%2” names column %1, but the file has %3 columns.</source>
        <translation>نگاشت «%1=%2» به ستون %1 اشاره می‌کند، اما فایل %3 ستون دارد.</translation>
    </message>
    <message>
        <source>The mapping “%1=%2” names a column “%1” that the file does not have.</source>
        <translation>نگاشت «%1=%2» به ستون «%1» اشاره می‌کند که در فایل وجود ندارد.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>فایل «%1» نوشته نمی‌شود: %2</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>موبایل یکسان</translation>
    </message>
    <message>
        <source>same national ID</source>
        <translation>کد ملی یکسان</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>ایمیل یکسان</translation>
    </message>
    <message>
        <source>same name and city</source>
        <translation>نام و شهر یکسان</translation>
    </message>
    <message>
        <source>Kind must be person or company.</source>
        <translation>نوع باید شخص حقیقی یا شرکت باشد.</translation>
    </message>
</context>
<context>
    <name>ImportFieldText</name>
    <message>
        <source>Whole row</source>
        <translation>کل ردیف</translation>
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
    <name>Leads</name>
    <message>
        <source>Give the first day of the period.</source>
        <translation>نخستین روز بازه را وارد کنید.</translation>
    </message>
    <message>
        <source>Give the last day of the period.</source>
        <translation>آخرین روز بازه را وارد کنید.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>پایان بازه پیش از آغاز آن است.</translation>
    </message>
    <message>
        <source>The period is outside the supported calendar.</source>
        <translation>بازه خارج از محدودهٔ تقویم پشتیبانی‌شده است.</translation>
    </message>
    <message>
        <source>Marketing lead</source>
        <translation>سرنخ بازاریابی</translation>
    </message>
    <message>
        <source>Sales lead</source>
        <translation>سرنخ فروش</translation>
    </message>
    <message>
        <source>Product (trial) lead</source>
        <translation>سرنخ محصول (آزمایشی)</translation>
    </message>
    <message>
        <source>Service (upgrade) lead</source>
        <translation>سرنخ خدمات (ارتقا)</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>شبکهٔ اجتماعی</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>تبلیغات</translation>
    </message>
    <message>
        <source>Blog / content</source>
        <translation>وبلاگ / محتوا</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>نسخهٔ آزمایشی</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>معرفی</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>مراجعهٔ حضوری</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>تماس گرفته‌شده</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>تبدیل‌شده</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>همین حالا</translation>
    </message>
    <message>
        <source>Within 1 month</source>
        <translation>ظرف ۱ ماه</translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation>ظرف ۳ ماه</translation>
    </message>
    <message>
        <source>Within 6 months</source>
        <translation>ظرف ۶ ماه</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>بعدها</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Owner / CEO</source>
        <translation>مالک/مدیرعامل</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>Clear need</source>
        <translation>نیاز روشن</translation>
    </message>
    <message>
        <source>Vague need</source>
        <translation>نیاز مبهم</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>بدون نیاز</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>داغ</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>گرم</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>سرد</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>ایجاد سرنخ</translation>
    </message>
    <message>
        <source>Lead edited</source>
        <translation>ویرایش سرنخ</translation>
    </message>
    <message>
        <source>Interaction logged</source>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <source>Scoring profile changed</source>
        <translation>تغییر الگوی امتیازدهی</translation>
    </message>
    <message>
        <source>Score overridden</source>
        <translation>تعیین امتیاز دستی</translation>
    </message>
    <message>
        <source>Override cleared</source>
        <translation>حذف امتیاز دستی</translation>
    </message>
    <message>
        <source>Engagement aged</source>
        <translation>کاهش امتیاز تعامل با گذشت زمان</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>تغییر وضعیت</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>Purchase timeline</source>
        <translation>زمان‌بندی خرید</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>زمینهٔ فعالیت</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>نیاز</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>تعامل</translation>
    </message>
    <message>
        <source>Manual override</source>
        <translation>امتیاز دستی</translation>
    </message>
    <message>
        <source>That note does not exist.</source>
        <translation>این یادداشت وجود ندارد.</translation>
    </message>
    <message>
        <source>That interaction does not exist.</source>
        <translation>این تعامل وجود ندارد.</translation>
    </message>
    <message>
        <source>Deal amount cannot be negative.</source>
        <translation>مبلغ فرصت فروش نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The pipeline has no open stage to put the deal in.</source>
        <translation>مراحل فروش هیچ مرحلهٔ بازی برای قرار دادن فرصت فروش ندارد.</translation>
    </message>
    <message>
        <source>%1 has already become a customer.</source>
        <translation>%1 پیش‌تر به مشتری تبدیل شده است.</translation>
    </message>
    <message>
        <source>Owner is too long (at most %1 characters).</source>
        <translation>نام مسئول خیلی طولانی است (حداکثر %1 نویسه).</translation>
    </message>
    <message>
        <source>Best time to call is too long (at most %1 characters).</source>
        <translation>بهترین زمان تماس خیلی طولانی است (حداکثر %1 نویسه).</translation>
    </message>
    <message>
        <source>Lost reason is required when the lead is lost.</source>
        <translation>وقتی سرنخ ازدست‌رفته است، دلیل ازدست‌رفتن الزامی است.</translation>
    </message>
    <message>
        <source>Lost reason is too long (at most %1 characters).</source>
        <translation>دلیل ازدست‌رفتن خیلی طولانی است (حداکثر %1 نویسه).</translation>
    </message>
    <message>
        <source>Industry “%1” is not in the list of industries.</source>
        <translation>زمینهٔ فعالیت «%1» در فهرست زمینه‌های فعالیت نیست.</translation>
    </message>
    <message>
        <source>“%1” is not a criterion of the scoring profile.</source>
        <translation>«%1» از معیارهای الگوی امتیازدهی نیست.</translation>
    </message>
    <message>
        <source>“%1” is not an option of %2.</source>
        <translation>«%1» از گزینه‌های %2 نیست.</translation>
    </message>
    <message>
        <source>Budget cannot be negative.</source>
        <translation>بودجه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>خرده‌فروشی</translation>
    </message>
    <message>
        <source>Wholesale</source>
        <translation>عمده‌فروشی</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>تولید</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>ساختمان</translation>
    </message>
    <message>
        <source>Software and IT</source>
        <translation>نرم‌افزار و فناوری اطلاعات</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>بهداشت و درمان</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>آموزش</translation>
    </message>
    <message>
        <source>Food and restaurants</source>
        <translation>مواد غذایی و رستوران</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>خدمات</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>دولتی</translation>
    </message>
    <message>
        <source>Industry name is required.</source>
        <translation>نام زمینهٔ فعالیت الزامی است.</translation>
    </message>
    <message>
        <source>Industry name is too long (at most %1 characters).</source>
        <translation>نام زمینهٔ فعالیت خیلی طولانی است (حداکثر %1 نویسه).</translation>
    </message>
    <message>
        <source>The industry “%1” is already in the list.</source>
        <translation>زمینهٔ فعالیت «%1» از پیش در فهرست هست.</translation>
    </message>
    <message>
        <source>There is no industry “%1”.</source>
        <translation>زمینهٔ فعالیتی به نام «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no lead with number %1.</source>
        <translation>سرنخی با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The lead has become a customer; its status cannot change.</source>
        <translation>سرنخ به مشتری تبدیل شده است؛ وضعیت آن دیگر تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>Use Convert to make a customer of the lead.</source>
        <translation>برای تبدیل سرنخ به مشتری، از «تبدیل به مشتری» استفاده کنید.</translation>
    </message>
    <message>
        <source>Override reason is required: say why the score is set by hand.</source>
        <translation>دلیل امتیاز دستی الزامی است: بنویسید چرا امتیاز به‌صورت دستی تعیین می‌شود.</translation>
    </message>
    <message>
        <source>Override score must be between %1 and %2.</source>
        <translation>امتیاز دستی باید بین %1 و %2 باشد.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>یادداشت خالی است.</translation>
    </message>
    <message>
        <source>Write a short summary of the interaction.</source>
        <translation>خلاصهٔ کوتاهی از تعامل بنویسید.</translation>
    </message>
    <message>
        <source>Food and beverage</source>
        <translation>مواد غذایی و آشامیدنی</translation>
    </message>
</context>
<context>
    <name>LineCellText</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1٪</translation>
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
        <translation><numerusform>حداکثر %n رقم اعشار مجاز است.</numerusform></translation>
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
    <name>PaymentRecord</name>
    <message>
        <source>No rating yet: nothing has fallen due</source>
        <translation>هنوز رتبه‌ای نیست: چیزی سررسید نشده است</translation>
    </message>
    <message>
        <source>%1: %2 of %3 on time, %4 bounced, %5 days late on average</source>
        <translation>%1: %2 از %3 به‌موقع، %4 چک برگشتی، به‌طور میانگین %5 روز تأخیر</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>There is no cheque with number %1.</source>
        <translation>چکی با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The interval “%1” is not understood; write it as 1m (months), 2w (weeks), 30d (days) or custom.</source>
        <translation>بازهٔ «%1» مفهوم نیست؛ آن را به شکل 1m (ماه)، 2w (هفته)، 30d (روز) یا custom بنویسید.</translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 of its unit.</source>
        <translation>بازه باید بین ۱ و %1 واحد باشد.</translation>
    </message>
    <message>
        <source>Give one due date for each of the %1 instalments.</source>
        <translation>برای هر یک از %1 قسط یک سررسید تعیین کنید.</translation>
    </message>
    <message>
        <source>Instalment %1 has no due date.</source>
        <translation>قسط %1 سررسید ندارد.</translation>
    </message>
    <message>
        <source>Instalment %1 must fall after the one before it and after the start.</source>
        <translation>سررسید قسط %1 باید پس از قسط پیش از خود و پس از تاریخ شروع باشد.</translation>
    </message>
    <message>
        <source>Give one amount for each of the %1 instalments, or none.</source>
        <translation>برای هر یک از %1 قسط یک مبلغ تعیین کنید، یا هیچ مبلغی تعیین نکنید.</translation>
    </message>
    <message>
        <source>The amount of instalment %1 must be above zero and at most what is left to split.</source>
        <translation>مبلغ قسط %1 باید بیش از صفر و حداکثر برابر با مبلغ باقی‌مانده برای تقسیم باشد.</translation>
    </message>
    <message>
        <source>The instalments add up to %1 Rial but %2 Rial is left to split after the down payment.</source>
        <translation>جمع اقساط %1 ریال است، اما پس از پیش‌پرداخت %2 ریال برای تقسیم باقی مانده است.</translation>
    </message>
    <message>
        <source>There is nothing left to pay, so there is nothing to split.</source>
        <translation>مبلغی برای پرداخت باقی نمانده است، پس چیزی برای تقسیم نیست.</translation>
    </message>
    <message>
        <source>The number of instalments must be between 1 and %1.</source>
        <translation>تعداد اقساط باید بین ۱ و %1 باشد.</translation>
    </message>
    <message>
        <source>The down payment must be at least zero and less than the balance of %1 Rial.</source>
        <translation>پیش‌پرداخت باید صفر یا بیشتر و کمتر از ماندهٔ %1 ریال باشد.</translation>
    </message>
    <message>
        <source>Choose the date of the down payment.</source>
        <translation>تاریخ پیش‌پرداخت را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 Rial cannot be split into %2 instalments of at least one Rial.</source>
        <translation>%1 ریال را نمی‌توان به %2 قسط دست‌کم یک ریالی تقسیم کرد.</translation>
    </message>
    <message>
        <source>The instalments would fall outside the calendar.</source>
        <translation>سررسید اقساط از محدودهٔ تقویم بیرون می‌افتد.</translation>
    </message>
    <message>
        <source>There is no invoice with number %1.</source>
        <translation>فاکتوری با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقد</translation>
    </message>
    <message>
        <source>Card reader (POS)</source>
        <translation>کارتخوان</translation>
    </message>
    <message>
        <source>Bank deposit slip</source>
        <translation>فیش واریزی</translation>
    </message>
    <message>
        <source>Card to card</source>
        <translation>کارت به کارت</translation>
    </message>
    <message>
        <source>Credit promise</source>
        <translation>وعدهٔ پرداخت (اعتباری)</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>چک</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>تسویه‌شده</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار وصول</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>عمل‌شده</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>باطل‌شده</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>پرداختی</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>نزد ما</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>واگذارشده به بانک</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>وصول‌شده</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>برگشتی</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>عودت‌داده‌شده</translation>
    </message>
    <message>
        <source>Redeposited</source>
        <translation>واگذاری دوباره</translation>
    </message>
    <message>
        <source>Endorsed to a third party</source>
        <translation>خرج‌شده (واگذار به غیر)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>باطل‌شده</translation>
    </message>
    <message>
        <source>Current account</source>
        <translation>حساب جاری</translation>
    </message>
    <message>
        <source>Savings account</source>
        <translation>حساب پس‌انداز</translation>
    </message>
    <message>
        <source>Other account</source>
        <translation>حساب دیگر</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>مبلغ باید بیش از صفر باشد.</translation>
    </message>
    <message>
        <source>Enter the cheque's due date.</source>
        <translation>سررسید چک را وارد کنید.</translation>
    </message>
    <message>
        <source>The chosen customer no longer exists.</source>
        <translation>مشتری انتخاب‌شده دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>A cheque that is “%1” cannot become “%2”.</source>
        <translation>چکی که در وضعیت «%1» است نمی‌تواند به وضعیت «%2» برود.</translation>
    </message>
    <message>
        <source>The date cannot be before the cheque's last change on %1.</source>
        <translation>تاریخ نمی‌تواند پیش از آخرین تغییر چک در %1 باشد.</translation>
    </message>
    <message>
        <source>Payments are received against invoices; %1 is a pre-invoice.</source>
        <translation>پرداخت‌ها بابت فاکتور دریافت می‌شوند؛ %1 پیش‌فاکتور است.</translation>
    </message>
    <message>
        <source>This invoice is still a draft; issue it before planning its instalments.</source>
        <translation>این فاکتور هنوز پیش‌نویس است؛ پیش از برنامه‌ریزی اقساط، آن را صادر کنید.</translation>
    </message>
    <message>
        <source>This invoice is settled; there is nothing left to split into instalments.</source>
        <translation>این فاکتور تسویه‌شده است؛ چیزی برای تقسیم به اقساط باقی نمانده است.</translation>
    </message>
    <message>
        <source>This invoice has no instalment plan.</source>
        <translation>این فاکتور برنامهٔ اقساط ندارد.</translation>
    </message>
    <message>
        <source>The instalment plan has started (money came in or its first date has passed); it can no longer be changed.</source>
        <translation>برنامهٔ اقساط آغاز شده است (وجهی دریافت شده یا نخستین سررسید آن گذشته است)؛ دیگر نمی‌توان آن را تغییر داد.</translation>
    </message>
    <message>
        <source>This invoice already has an instalment plan; change that one instead.</source>
        <translation>این فاکتور از پیش برنامهٔ اقساط دارد؛ به جای آن، همان برنامه را تغییر دهید.</translation>
    </message>
    <message>
        <source>There is no payment with number %1.</source>
        <translation>پرداختی با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>This invoice is still a draft; issue it before receiving payments.</source>
        <translation>این فاکتور هنوز پیش‌نویس است؛ پیش از دریافت وجه، آن را صادر کنید.</translation>
    </message>
    <message>
        <source>The due date cannot be before the invoice's issue date.</source>
        <translation>سررسید نمی‌تواند پیش از تاریخ صدور فاکتور باشد.</translation>
    </message>
    <message>
        <source>That instalment is not part of this invoice's plan.</source>
        <translation>این قسط جزو برنامهٔ اقساط این فاکتور نیست.</translation>
    </message>
    <message>
        <source>A payment on account cannot pay an instalment; choose its invoice.</source>
        <translation>پرداخت علی‌الحساب نمی‌تواند بابت قسط باشد؛ فاکتور آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>A credit promise is made against an invoice.</source>
        <translation>وعدهٔ پرداخت بابت یک فاکتور ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Choose the customer who pays.</source>
        <translation>مشتری پرداخت‌کننده را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 Rial is more than the invoice's balance of %2 Rial; lower the amount or put the rest on account.</source>
        <translation>%1 ریال بیش از ماندهٔ فاکتور (%2 ریال) است؛ مبلغ را کم کنید یا باقی آن را علی‌الحساب ثبت کنید.</translation>
    </message>
    <message>
        <source>%1 Rial is more than the %2 Rial of the balance that no cheque or promise covers yet; lower the amount or put the rest on account.</source>
        <translation>%1 ریال بیش از بخشی از مانده (%2 ریال) است که هنوز چک یا وعده‌ای آن را پوشش نمی‌دهد؛ مبلغ را کم کنید یا باقی آن را علی‌الحساب ثبت کنید.</translation>
    </message>
    <message>
        <source>This payment is a cheque; cancel or return the cheque instead.</source>
        <translation>این پرداخت با چک انجام شده است؛ به‌جای آن، چک را ابطال یا عودت کنید.</translation>
    </message>
    <message>
        <source>This payment is already void.</source>
        <translation>این پرداخت پیش‌تر باطل شده است.</translation>
    </message>
    <message>
        <source>The Sayad ID must be exactly 16 digits.</source>
        <translation>شناسهٔ صیادی باید دقیقاً ۱۶ رقم باشد.</translation>
    </message>
    <message>
        <source>The drawer's ID is not a valid legal ID.</source>
        <translation>شناسهٔ صادرکننده یک شناسهٔ ملی معتبر نیست.</translation>
    </message>
    <message>
        <source>The drawer's ID is not a valid national ID.</source>
        <translation>شناسهٔ صادرکننده یک کد ملی معتبر نیست.</translation>
    </message>
    <message>
        <source>The drawer's ID must be a national ID of 10 digits or a legal ID of 11 digits.</source>
        <translation>شناسهٔ صادرکننده باید کد ملی ۱۰ رقمی یا شناسهٔ ملی ۱۱ رقمی باشد.</translation>
    </message>
    <message>
        <source>The cheque's image is larger than %1 MB.</source>
        <translation>حجم تصویر چک بیشتر از %1 مگابایت است.</translation>
    </message>
    <message>
        <source>Enter the date the customer promised to pay by.</source>
        <translation>تاریخی را که مشتری قول داده است تا آن روز پرداخت کند وارد کنید.</translation>
    </message>
    <message>
        <source>The card number must have 16 digits.</source>
        <translation>شمارهٔ کارت باید ۱۶ رقم باشد.</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>First contact</source>
        <translation>اولین تماس</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>نیازسنجی</translation>
    </message>
    <message>
        <source>Pre-invoice sent</source>
        <translation>ارسال پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>مذاکره</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>There is no deal with number %1.</source>
        <translation>فرصت فروشی با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Give the deal a title.</source>
        <translation>برای فرصت فروش عنوانی بنویسید.</translation>
    </message>
    <message>
        <source>The amount of a deal cannot be negative.</source>
        <translation>مبلغ فرصت فروش نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>There is no customer with number %1.</source>
        <translation>مشتری‌ای با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no lead with number %1.</source>
        <translation>سرنخی با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no pre-invoice with number %1.</source>
        <translation>پیش‌فاکتوری با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The pipeline has no open stage.</source>
        <translation>مراحل فروش هیچ مرحلهٔ بازی ندارد.</translation>
    </message>
    <message>
        <source>The probability must be between 0 and 100 percent.</source>
        <translation>احتمال باید بین ۰ تا ۱۰۰ درصد باشد.</translation>
    </message>
    <message>
        <source>Give the stage a name.</source>
        <translation>برای مرحله نامی بنویسید.</translation>
    </message>
    <message>
        <source>There is already a stage named “%1”.</source>
        <translation>مرحله‌ای به نام «%1» از پیش وجود دارد.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” still holds %n deal(s); move them to another stage first.</source>
        <translation><numerusform>«%1» هنوز %n فرصت فروش دارد؛ ابتدا آن‌ها را به مرحلهٔ دیگری ببرید.</numerusform></translation>
    </message>
    <message>
        <source>“%1” is the last open stage; the pipeline needs at least one.</source>
        <translation>«%1» آخرین مرحلهٔ باز است؛ مراحل فروش دست‌کم به یک مرحلهٔ باز نیاز دارد.</translation>
    </message>
    <message>
        <source>There is no pipeline stage with number %1.</source>
        <translation>مرحلهٔ فروشی با شمارهٔ %1 وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>ProductImporter</name>
    <message>
        <source>The file could not be read.</source>
        <translation>فایل خوانده نشد.</translation>
    </message>
</context>
<context>
    <name>QuoteJson</name>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>فیلد ناشناختهٔ «%1».</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 باید متن باشد.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of Rial.</source>
        <translation>%1 باید مبلغی به ریال و بدون اعشار باشد.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>%1 must be a decimal number written as text, e.g. "2.5".</source>
        <translation>%1 باید عددی اعشاری به‌صورت متن باشد، مثلاً "2.5".</translation>
    </message>
    <message>
        <source>%1 must be whole basis points from 0 to 10000 (900 = 9%).</source>
        <translation>%1 باید عددی صحیح از ۰ تا ۱۰۰۰۰ به واحد صدم درصد باشد (900 یعنی ۹٪).</translation>
    </message>
    <message>
        <source>%1 must be a date as text.</source>
        <translation>%1 باید تاریخی به‌صورت متن باشد.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 باید true یا false باشد.</translation>
    </message>
    <message>
        <source>document_discount needs either “amount” or “percent”.</source>
        <translation>document_discount باید یکی از «amount» یا «percent» را داشته باشد.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 باید یک شیء (object) باشد.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 الزامی است.</translation>
    </message>
    <message>
        <source>%1: give discount_percent or discount_amount, not both.</source>
        <translation>%1: یا discount_percent را بدهید یا discount_amount را، نه هر دو را.</translation>
    </message>
    <message>
        <source>%1.product_id must be a positive integer.</source>
        <translation>%1.product_id باید عدد صحیح مثبت باشد.</translation>
    </message>
    <message>
        <source>type must be “quote” or “invoice”.</source>
        <translation>type باید «quote» یا «invoice» باشد.</translation>
    </message>
    <message>
        <source>payment_terms must be “cash” or “credit”.</source>
        <translation>payment_terms باید «cash» یا «credit» باشد.</translation>
    </message>
    <message>
        <source>Give both vat_bp and duty_bp to override the tax rates.</source>
        <translation>برای جایگزین کردن نرخ‌های مالیات، هر دوی vat_bp و duty_bp را بدهید.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>هزینهٔ حمل</translation>
    </message>
    <message>
        <source>additions must be a list.</source>
        <translation>additions باید فهرست (list) باشد.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at character %1: %2).</source>
        <translation>فایل JSON معتبری نیست (در نویسهٔ %1: %2).</translation>
    </message>
    <message>
        <source>The JSON must be an object.</source>
        <translation>محتوای JSON باید یک شیء (object) باشد.</translation>
    </message>
    <message>
        <source>Give either “customer_id” or a “customer” object.</source>
        <translation>یا «customer_id» را بدهید یا شیء «customer» را.</translation>
    </message>
    <message>
        <source>customer_id must be a positive integer.</source>
        <translation>customer_id باید عدد صحیح مثبت باشد.</translation>
    </message>
    <message>
        <source>customer must be an object with at least a name.</source>
        <translation>customer باید شیئی باشد که دست‌کم نام را داشته باشد.</translation>
    </message>
    <message>
        <source>lines must be a list with at least one line.</source>
        <translation>lines باید فهرستی با دست‌کم یک ردیف باشد.</translation>
    </message>
    <message>
        <source>%1 has a field without a name.</source>
        <translation>%1 فیلدی بدون نام دارد.</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <source>The first day is not a valid date.</source>
        <translation>روز آغاز، تاریخ معتبری نیست.</translation>
    </message>
    <message>
        <source>The last day must be a valid date on or after the first day.</source>
        <translation>روز پایان باید تاریخی معتبر و برابر با روز آغاز یا پس از آن باشد.</translation>
    </message>
    <message>
        <source>Days ahead must be a whole number from 0 to %1.</source>
        <translation>تعداد روز پیش از سررسید باید عددی صحیح از ۰ تا %1 باشد.</translation>
    </message>
    <message>
        <source>Reminder days must be a whole number from 0 to %1.</source>
        <translation>روزهای یادآوری باید عددی صحیح از ۰ تا %1 باشد.</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>سررسیدنشده</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>۰ تا ۳۰ روز</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>۳۱ تا ۶۰ روز</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>۶۱ تا ۹۰ روز</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>بیش از ۹۰ روز</translation>
    </message>
    <message>
        <source>Our cheque to %1 for %2 Rial falls due on %3</source>
        <translation>چک ما در وجه %1 به مبلغ %2 ریال در تاریخ %3 سررسید می‌شود</translation>
    </message>
    <message>
        <source>Cheque from %1 for %2 Rial falls due on %3</source>
        <translation>چک دریافتی از %1 به مبلغ %2 ریال در تاریخ %3 سررسید می‌شود</translation>
    </message>
    <message>
        <source>Our cheque to %1 for %2 Rial was due on %3 and has not cleared</source>
        <translation>چک ما در وجه %1 به مبلغ %2 ریال در تاریخ %3 سررسید شده و هنوز وصول نشده است</translation>
    </message>
    <message>
        <source>Cheque from %1 for %2 Rial was due on %3 and has not cleared</source>
        <translation>چک دریافتی از %1 به مبلغ %2 ریال در تاریخ %3 سررسید شده و هنوز وصول نشده است</translation>
    </message>
    <message>
        <source>Instalment of invoice %1 (%2): %3 Rial due on %4</source>
        <translation>قسط فاکتور %1 (%2): %3 ریال، سررسید %4</translation>
    </message>
    <message>
        <source>Instalment of invoice %1 (%2): %3 Rial overdue since %4</source>
        <translation>قسط فاکتور %1 (%2): %3 ریال، سررسیدگذشته از %4</translation>
    </message>
    <message>
        <source>Credit promise of %1 for %2 Rial due on %3</source>
        <translation>وعدهٔ پرداخت %1 به مبلغ %2 ریال، سررسید %3</translation>
    </message>
    <message>
        <source>Credit promise of %1 for %2 Rial overdue since %3</source>
        <translation>وعدهٔ پرداخت %1 به مبلغ %2 ریال، سررسیدگذشته از %3</translation>
    </message>
    <message>
        <source>Pre-invoice %1 for %2 (%3 Rial) is valid until %4</source>
        <translation>پیش‌فاکتور %1 برای %2 (%3 ریال) تا %4 اعتبار دارد</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>فایل %1 را نمی‌توان نوشت.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>As of %1</source>
        <translation>به تاریخ %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>از %1 تا %2</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>به تاریخ %1</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>در این دوره موردی نیست.</translation>
    </message>
    <message>
        <source>Amounts in Toman.</source>
        <translation>مبالغ به تومان.</translation>
    </message>
    <message>
        <source>Amounts in Rial.</source>
        <translation>مبالغ به ریال.</translation>
    </message>
    <message>
        <source>How this report is computed</source>
        <translation>روش محاسبهٔ این گزارش</translation>
    </message>
    <message>
        <source>Could not lay out the report.</source>
        <translation>صفحه‌آرایی گزارش ممکن نشد.</translation>
    </message>
    <message>
        <source>Could not write the PDF file.</source>
        <translation>نوشتن فایل PDF ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Lifetime value</source>
        <translation>ارزش طول عمر</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>شمارهٔ مشتری</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Sales before tax</source>
        <translation>فروش پیش از مالیات</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>فاکتورها</translation>
    </message>
    <message>
        <source>Average invoice</source>
        <translation>میانگین فاکتور</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>نخستین خرید</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>مشتری از</translation>
    </message>
    <message>
        <source>Customers ranked by sales</source>
        <translation>مشتریان به ترتیب فروش</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Share of sales</source>
        <translation>سهم از فروش</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>سهم تجمعی</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>مشتریان در معرض ریزش</translation>
    </message>
    <message>
        <source>Usual interval</source>
        <translation>فاصلهٔ معمول خرید</translation>
    </message>
    <message>
        <source>Days since last purchase</source>
        <translation>روز از آخرین خرید</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>روز تأخیر</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>همهٔ مشتریان</translation>
    </message>
    <message>
        <source>All customers at risk</source>
        <translation>همهٔ مشتریان در معرض ریزش</translation>
    </message>
    <message>
        <source>Customers with sales</source>
        <translation>مشتریان دارای فروش</translation>
    </message>
    <message>
        <source>Average lifetime value</source>
        <translation>میانگین ارزش طول عمر</translation>
    </message>
    <message>
        <source>Share of customers making 80 % of sales</source>
        <translation>سهم مشتریانی که ۸۰٪ فروش از آن‌هاست</translation>
    </message>
    <message>
        <source>Customers making 80 % of sales</source>
        <translation>مشتریانی که ۸۰٪ فروش از آن‌هاست</translation>
    </message>
    <message>
        <source>Cumulative share of sales</source>
        <translation>سهم تجمعی از فروش</translation>
    </message>
    <message>
        <source>Lifetime value is every invoice issued or settled, before tax. The lists show the customers with the most sales (%1 rows); totals cover every customer.</source>
        <translation>ارزش طول عمر، جمع همهٔ فاکتورهای صادرشده یا تسویه‌شده، پیش از مالیات است. فهرست‌ها مشتریان دارای بیشترین فروش را نشان می‌دهند (%1 ردیف)؛ جمع‌ها همهٔ مشتریان را در بر می‌گیرند.</translation>
    </message>
    <message>
        <source>Pareto: customers ranked by sales; the cumulative share is the sales of a customer and all ranked above, over all sales. The customers making 80 % of sales are the fewest top-ranked customers whose sales reach 80 %.</source>
        <translation>پارتو: مشتریان به ترتیب فروش رتبه‌بندی می‌شوند؛ سهم تجمعی، فروش یک مشتری و همهٔ مشتریانِ بالاتر از او تقسیم بر کل فروش است. مشتریانی که ۸۰٪ فروش از آن‌هاست، کمترین شمار از مشتریانِ بالای فهرست‌اند که جمع فروششان به ۸۰٪ می‌رسد.</translation>
    </message>
    <message>
        <source>A customer is at risk when they have at least 2 invoices and the days since their last invoice exceed 1.5 times their usual interval: the days from the first to the last invoice divided by the number of invoices minus one. The usual interval is shown rounded; days overdue = days since the last invoice − 1.5 × the usual interval, rounded down.</source>
        <translation>مشتری وقتی در معرض ریزش است که دست‌کم ۲ فاکتور داشته باشد و روزهای گذشته از آخرین فاکتورش از ۱٫۵ برابر فاصلهٔ معمول خریدش بیشتر شود. فاصلهٔ معمول خرید یعنی روزهای میان نخستین و آخرین فاکتور، تقسیم بر تعداد فاکتورها منهای یک. فاصلهٔ معمول خرید گردشده نشان داده می‌شود؛ روز تأخیر = روزهای گذشته از آخرین فاکتور − ۱٫۵ × فاصلهٔ معمول خرید، گردشده به پایین.</translation>
    </message>
    <message>
        <source>Sales and forecast</source>
        <translation>فروش و پیش‌بینی</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Actual or forecast</source>
        <translation>واقعی یا پیش‌بینی</translation>
    </message>
    <message>
        <source>Actual sales</source>
        <translation>فروش واقعی</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>روند</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>فرصت‌های فروش وزنی</translation>
    </message>
    <message>
        <source>Weighted pre-invoices</source>
        <translation>پیش‌فاکتورهای وزنی</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>کمینه</translation>
    </message>
    <message>
        <source>High</source>
        <translation>بیشینه</translation>
    </message>
    <message>
        <source>Forecast for the next 3 months</source>
        <translation>پیش‌بینی ۳ ماه آینده</translation>
    </message>
    <message>
        <source>Pre-invoice conversion rate</source>
        <translation>نرخ تبدیل پیش‌فاکتور به فاکتور</translation>
    </message>
    <message>
        <source>The forecast covers this month and the two after it. Trend: a least-squares straight line through the sales before tax of the last 12 complete Jalali months (fewer when the first invoice is more recent; months without sales count as 0), extended to the forecast months and never below 0.</source>
        <translation>پیش‌بینی این ماه و دو ماه پس از آن را در بر می‌گیرد. روند: خط راستی به روش کمترین مربعات بر فروش پیش از مالیاتِ ۱۲ ماه کامل گذشتهٔ شمسی (اگر نخستین فاکتور تازه‌تر باشد، ماه‌های کمتری؛ ماه‌های بدون فروش ۰ به حساب می‌آیند) که تا ماه‌های پیش‌بینی ادامه می‌یابد و هرگز کمتر از ۰ نمی‌شود.</translation>
    </message>
    <message>
        <source>There is no trend: it needs at least 3 complete months of sales history and there are %1.</source>
        <translation>روندی در کار نیست: دست‌کم ۳ ماه کامل سابقهٔ فروش لازم است و تنها %1 ماه موجود است.</translation>
    </message>
    <message>
        <source>Weighted pipeline: each open deal's amount times its stage's probability, in the month of its expected close date; deals with no expected close date or one already past count in this month, deals expected after the third month are left out.</source>
        <translation>فرصت‌های فروش وزنی: مبلغ هر فرصت فروش باز ضرب در احتمالِ مرحلهٔ آن، در ماهِ تاریخ بستن پیش‌بینی‌شده؛ فرصت‌هایی که تاریخ بستن پیش‌بینی‌شده ندارند یا تاریخشان گذشته است در همین ماه حساب می‌شوند و فرصت‌هایی که پس از ماه سوم پیش‌بینی شده‌اند کنار گذاشته می‌شوند.</translation>
    </message>
    <message>
        <source>Weighted pre-invoices: the value before tax of pre-invoices still open (issued or accepted) and valid today, times the share of decided pre-invoices (converted, rejected or expired) that became invoices; counted in this month.</source>
        <translation>پیش‌فاکتورهای وزنی: ارزش پیش از مالیاتِ پیش‌فاکتورهایی که هنوز باز (صادرشده یا پذیرفته‌شده) و امروز معتبرند، ضرب در سهمی از پیش‌فاکتورهای تعیین‌تکلیف‌شده (تبدیل‌شده، ردشده یا منقضی‌شده) که به فاکتور تبدیل شده‌اند؛ در همین ماه حساب می‌شود.</translation>
    </message>
    <message>
        <source>Forecast = trend + weighted pipeline + weighted pre-invoices. Low and high are the forecast minus and plus the residual standard deviation of the line (√(Σ residual² / (n − 2)) over the history months); low is never below 0.</source>
        <translation>پیش‌بینی = روند + فرصت‌های فروش وزنی + پیش‌فاکتورهای وزنی. کمینه و بیشینه برابرند با پیش‌بینی منهای و به‌علاوهٔ انحراف معیارِ باقیمانده‌های خط (√(Σ باقیمانده² / (n − 2)) در ماه‌های گذشته)؛ کمینه هیچ‌گاه کمتر از ۰ نیست.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Became customers</source>
        <translation>تبدیل‌شده به مشتری</translation>
    </message>
    <message>
        <source>Qualified rate</source>
        <translation>نرخ واجد شرایط شدن</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Leads by period</source>
        <translation>سرنخ‌ها بر اساس دوره</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>سرنخ‌ها بر اساس منبع آشنایی</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع آشنایی</translation>
    </message>
    <message>
        <source>Leads are counted in the month they were created (a cohort), with how many of those leads were ever qualified and how many became customers, whenever that happened. Rates are over the leads of the row. Grouping by day or week shows months.</source>
        <translation>سرنخ‌ها در ماهی که ساخته شده‌اند شمرده می‌شوند (یک گروه هم‌دوره)، همراه با شمار سرنخ‌هایی از آن‌ها که زمانی واجد شرایط شده‌اند و شمار آن‌هایی که به مشتری تبدیل شده‌اند، هر زمان که این اتفاق افتاده باشد. نرخ‌ها نسبت به سرنخ‌های همان ردیف است. در گروه‌بندی روزانه یا هفتگی، ماه‌ها نشان داده می‌شوند.</translation>
    </message>
    <message>
        <source>Pre-invoices</source>
        <translation>پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <source>Converted to invoices</source>
        <translation>تبدیل‌شده به فاکتور</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>هنوز باز</translation>
    </message>
    <message>
        <source>Value issued</source>
        <translation>ارزش صادرشده</translation>
    </message>
    <message>
        <source>Value converted</source>
        <translation>ارزش تبدیل‌شده</translation>
    </message>
    <message>
        <source>Pre-invoices issued</source>
        <translation>پیش‌فاکتورهای صادرشده</translation>
    </message>
    <message>
        <source>Pre-invoices by outcome</source>
        <translation>پیش‌فاکتورها بر اساس نتیجه</translation>
    </message>
    <message>
        <source>Pre-invoices issued in the period (by issue date), by what has become of them so far: converted to an invoice, rejected, expired, or still open (issued or accepted). The conversion rate is converted over issued. Values are before tax.</source>
        <translation>پیش‌فاکتورهای صادرشده در این دوره (بر اساس تاریخ صدور)، بر اساس سرانجامشان تا امروز: تبدیل به فاکتور، ردشده، منقضی‌شده یا هنوز باز (صادرشده یا پذیرفته‌شده). نرخ تبدیل، شمار تبدیل‌شده‌ها تقسیم بر شمار صادرشده‌هاست. ارزش‌ها پیش از مالیات است.</translation>
    </message>
    <message>
        <source>Payment ratings</source>
        <translation>رتبه‌های خوش‌حسابی</translation>
    </message>
    <message>
        <source>Grade key</source>
        <translation>کلید رتبه</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>سهم از مشتریان</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>هنوز رتبه ندارد</translation>
    </message>
    <message>
        <source>Customers rated</source>
        <translation>مشتریان رتبه‌دار</translation>
    </message>
    <message>
        <source>Rated customers with grade A</source>
        <translation>مشتریان رتبه‌دار با رتبهٔ A</translation>
    </message>
    <message>
        <source>Customers by payment rating</source>
        <translation>مشتریان بر اساس رتبهٔ خوش‌حسابی</translation>
    </message>
    <message>
        <source>Each customer's grade is computed as on their page, from the instalments, cheques and credit promises that have fallen due by today. Customers with nothing due yet are not rated. Sales are every invoice issued or settled, before tax.</source>
        <translation>رتبهٔ هر مشتری همانند صفحهٔ خودش، از روی اقساط، چک‌ها و وعده‌های پرداختی که تا امروز سررسیدشان رسیده است محاسبه می‌شود. مشتریانی که هنوز چیزی سررسید نشده ندارند، رتبه نمی‌گیرند. فروش شامل همهٔ فاکتورهای صادرشده یا تسویه‌شده، پیش از مالیات است.</translation>
    </message>
    <message>
        <source>What customers owe</source>
        <translation>بدهی مشتریان</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>جمع بدهی</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>فاکتورهای باز</translation>
    </message>
    <message>
        <source>Uncleared cheques</source>
        <translation>چک‌های وصول‌نشده</translation>
    </message>
    <message>
        <source>Owed by age</source>
        <translation>بدهی بر اساس سن</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>مطالبات</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>Customers who owe</source>
        <translation>مشتریان بدهکار</translation>
    </message>
    <message>
        <source>Each open invoice's balance is aged by what falls due when: with an instalment plan, each unpaid instalment by its own due date; without one, the whole balance by the invoice's issue date. The list shows the %1 customers who owe the most; totals cover everyone.</source>
        <translation>ماندهٔ هر فاکتور باز بر اساس زمان سررسید آن سن‌بندی می‌شود: اگر برنامهٔ اقساط داشته باشد، هر قسط پرداخت‌نشده بر اساس سررسید خودش؛ وگرنه کل مانده بر اساس تاریخ صدور فاکتور. فهرست، %1 مشتری با بیشترین بدهی را نشان می‌دهد؛ جمع‌ها همهٔ مشتریان را در بر می‌گیرد.</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>چک‌ها</translation>
    </message>
    <message>
        <source>Cheque number in Peyvand</source>
        <translation>شمارهٔ چک در پیوند</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Direction key</source>
        <translation>کلید جهت</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Customer or payee</source>
        <translation>مشتری یا در وجه</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Cheques by due date</source>
        <translation>چک‌ها بر اساس سررسید</translation>
    </message>
    <message>
        <source>Received cheques</source>
        <translation>چک‌های دریافتی</translation>
    </message>
    <message>
        <source>To collect</source>
        <translation>قابل وصول</translation>
    </message>
    <message>
        <source>Issued cheques</source>
        <translation>چک‌های پرداختی</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>قابل پرداخت</translation>
    </message>
    <message>
        <source>Cheques received and issued whose due date is in the period and whose status can still change (not yet cleared, cancelled or otherwise closed), by due date.</source>
        <translation>چک‌های دریافتی و پرداختی که سررسیدشان در این دوره است و وضعیتشان هنوز می‌تواند تغییر کند (هنوز وصول، ابطال یا به شکل دیگری بسته نشده‌اند)، بر اساس سررسید.</translation>
    </message>
    <message>
        <source>%1 Toman</source>
        <translation>%1 تومان</translation>
    </message>
    <message>
        <source>%1 Rial</source>
        <translation>%1 ریال</translation>
    </message>
    <message>
        <source>Sales by period</source>
        <translation>فروش بر اساس دوره</translation>
    </message>
    <message>
        <source>Sales by product or service</source>
        <translation>فروش بر اساس کالا یا خدمت</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>فروش بر اساس دسته</translation>
    </message>
    <message>
        <source>Sales by salesperson</source>
        <translation>فروش بر اساس بازاریاب</translation>
    </message>
    <message>
        <source>Sales by customer</source>
        <translation>فروش بر اساس مشتری</translation>
    </message>
    <message>
        <source>Sales by city</source>
        <translation>فروش بر اساس شهر</translation>
    </message>
    <message>
        <source>Sales by customer source</source>
        <translation>فروش بر اساس منبع آشنایی مشتری</translation>
    </message>
    <message>
        <source>Trend and targets</source>
        <translation>روند و هدف‌های فروش</translation>
    </message>
    <message>
        <source>Sales forecast</source>
        <translation>پیش‌بینی فروش</translation>
    </message>
    <message>
        <source>Customer segments (RFM)</source>
        <translation>بخش‌بندی مشتریان (RFM)</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>ارزش مشتری</translation>
    </message>
    <message>
        <source>Lead funnel</source>
        <translation>قیف سرنخ‌ها</translation>
    </message>
    <message>
        <source>Pre-invoice conversion</source>
        <translation>تبدیل پیش‌فاکتور به فاکتور</translation>
    </message>
    <message>
        <source>Receivables ageing</source>
        <translation>سن مطالبات</translation>
    </message>
    <message>
        <source>Invoiced sales in each day, week, month, quarter or year.</source>
        <translation>فروش فاکتور‌شده در هر روز، هفته، ماه، فصل یا سال.</translation>
    </message>
    <message>
        <source>Which products and services sell, by amount and quantity.</source>
        <translation>کدام کالاها و خدمات فروش می‌روند، بر اساس مبلغ و تعداد.</translation>
    </message>
    <message>
        <source>Sales of each product category.</source>
        <translation>فروش هر دستهٔ کالا.</translation>
    </message>
    <message>
        <source>Sales of each salesperson named on the invoices.</source>
        <translation>فروش هر بازاریابی که نامش روی فاکتورها آمده است.</translation>
    </message>
    <message>
        <source>Who bought the most in the period.</source>
        <translation>چه کسانی در این دوره بیشترین خرید را داشته‌اند.</translation>
    </message>
    <message>
        <source>Sales by the customer's city.</source>
        <translation>فروش بر اساس شهر مشتری.</translation>
    </message>
    <message>
        <source>Sales by where the customer came from.</source>
        <translation>فروش بر اساس اینکه مشتری از کجا با ما آشنا شده است.</translation>
    </message>
    <message>
        <source>Monthly and yearly sales, this year's running average and progress against targets.</source>
        <translation>فروش ماهانه و سالانه، میانگین تجمعی امسال و پیشرفت نسبت به هدف‌ها.</translation>
    </message>
    <message>
        <source>The next three months from the trend, the weighted pipeline and open pre-invoices.</source>
        <translation>سه ماه آینده بر پایهٔ روند، فرصت‌های فروش وزنی و پیش‌فاکتورهای باز.</translation>
    </message>
    <message>
        <source>Customers grouped by how recently, how often and how much they buy.</source>
        <translation>گروه‌بندی مشتریان بر اساس تازگی، دفعات و مبلغ خرید.</translation>
    </message>
    <message>
        <source>Lifetime value, the customers that make most of the sales, and customers at risk.</source>
        <translation>ارزش طول عمر، مشتریانی که بیشترِ فروش از آن‌هاست، و مشتریان در معرض ریزش.</translation>
    </message>
    <message>
        <source>Leads by source and month and how many qualified and became customers.</source>
        <translation>سرنخ‌ها بر اساس منبع آشنایی و ماه، و اینکه چند تا واجد شرایط شدند و به مشتری تبدیل شدند.</translation>
    </message>
    <message>
        <source>How many pre-invoices became invoices.</source>
        <translation>چند پیش‌فاکتور به فاکتور تبدیل شد.</translation>
    </message>
    <message>
        <source>What customers owe, by how long it is overdue.</source>
        <translation>بدهی مشتریان، بر اساس مدت سررسیدگذشتگی.</translation>
    </message>
    <message>
        <source>Cheques not yet cleared, by due date.</source>
        <translation>چک‌های وصول‌نشده، بر اساس سررسید.</translation>
    </message>
    <message>
        <source>How many customers have each payment rating.</source>
        <translation>شمار مشتریان در هر رتبهٔ خوش‌حسابی.</translation>
    </message>
    <message>
        <source>The number of rows to show cannot be negative.</source>
        <translation>تعداد ردیف‌های نمایشی نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>There is no such report.</source>
        <translation>چنین گزارشی وجود ندارد.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>این هفته</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>ماه گذشته</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>این فصل</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>سال گذشته</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>سال مالی</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>بازهٔ دلخواه</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>فصلی</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>سالانه</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>هفتهٔ %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>فصل %1 سال %2</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>فصل %1</translation>
    </message>
    <message>
        <source>Give the first day of the period.</source>
        <translation>نخستین روز دوره را وارد کنید.</translation>
    </message>
    <message>
        <source>Give the last day of the period.</source>
        <translation>آخرین روز دوره را وارد کنید.</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>پایان دوره پیش از آغاز آن است.</translation>
    </message>
    <message>
        <source>The period is outside the supported calendar.</source>
        <translation>دوره بیرون از محدودهٔ تقویم پشتیبانی‌شده است.</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>بخش‌های RFM</translation>
    </message>
    <message>
        <source>Segment key</source>
        <translation>کلید بخش</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Average days since last invoice</source>
        <translation>میانگین روز از آخرین فاکتور</translation>
    </message>
    <message>
        <source>Average invoices</source>
        <translation>میانگین تعداد فاکتور</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>قهرمانان</translation>
    </message>
    <message>
        <source>Customers by segment</source>
        <translation>مشتریان بر اساس بخش</translation>
    </message>
    <message>
        <source>Every customer with at least one invoice issued or settled is scored 1 to 5 on recency (days since the last invoice; 5 is the most recent), frequency (number of invoices) and monetary value (sales before tax). Scores are quintiles: customers are ordered by each measure and cut into five groups of equal size (ties are broken by the customer's number, so equal customers can fall in neighbouring groups). FM is the mean of the frequency and monetary scores, rounded up.</source>
        <translation>به هر مشتری که دست‌کم یک فاکتور صادرشده یا تسویه‌شده دارد، از ۱ تا ۵ امتیاز داده می‌شود: در تازگی خرید (روزهای گذشته از آخرین فاکتور؛ ۵ یعنی تازه‌ترین)، دفعات خرید (تعداد فاکتورها) و مبلغ خرید (فروش پیش از مالیات). امتیازها پنجک‌اند: مشتریان بر اساس هر معیار مرتب می‌شوند و به پنج گروه هم‌اندازه تقسیم می‌شوند (در برابری، شمارهٔ مشتری تعیین‌کننده است، پس مشتریان برابر ممکن است در گروه‌های مجاور بیفتند). FM میانگین امتیازهای دفعات و مبلغ خرید است که به بالا گرد می‌شود.</translation>
    </message>
    <message>
        <source>Segments, checked in this order: Champions R 4–5 and FM 4–5; Loyal R 3 and FM 4–5; New customers R 4–5 and F 1; Potential loyalists R 4–5 (FM 1–3); Need attention R 3 (FM 1–3); Can't lose them R 1–2 and FM 5; At risk R 1–2 and FM 3–4; Hibernating R 2 (FM 1–2); Lost R 1 (FM 1–2).</source>
        <translation>بخش‌ها به این ترتیب بررسی می‌شوند: «قهرمانان» R ۴–۵ و FM ۴–۵؛ «وفادار» R ۳ و FM ۴–۵؛ «مشتریان تازه» R ۴–۵ و F ۱؛ «وفادارِ بالقوه» R ۴–۵ (FM ۱–۳)؛ «نیازمند توجه» R ۳ (FM ۱–۳)؛ «نباید از دست برود» R ۱–۲ و FM ۵؛ «در معرض ریزش» R ۱–۲ و FM ۳–۴؛ «خواب» R ۲ (FM ۱–۲)؛ «از دست رفته» R ۱ (FM ۱–۲).</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>وفادار</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>مشتریان تازه</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>وفادارِ بالقوه</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <source>Can't lose them</source>
        <translation>نباید از دست برود</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>خواب</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>از دست رفته</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>بدون دسته</translation>
    </message>
    <message>
        <source>Additions (shipping and other charges)</source>
        <translation>اضافات (هزینهٔ حمل و سایر هزینه‌ها)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Share of sales by category</source>
        <translation>سهم از فروش بر اساس دسته</translation>
    </message>
    <message>
        <source>Each product counts under its category as it is now in the catalog; lines typed in by hand are under "No category", and additions such as shipping have their own row.</source>
        <translation>هر کالا زیر دسته‌ای حساب می‌شود که اکنون در فهرست کالا و خدمات دارد؛ ردیف‌هایی که دستی وارد شده‌اند زیر «بدون دسته» می‌آیند و اضافاتی مانند هزینهٔ حمل ردیف جداگانهٔ خود را دارند.</translation>
    </message>
    <message>
        <source>Invoices counts, for each product of the category, the invoices that sold it.</source>
        <translation>ستون «فاکتورها» برای هر کالای این دسته، فاکتورهایی را که آن کالا را فروخته‌اند جداگانه می‌شمارد.</translation>
    </message>
    <message>
        <source>No city</source>
        <translation>بدون شهر</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Share of sales by city</source>
        <translation>سهم از فروش بر اساس شهر</translation>
    </message>
    <message>
        <source>Each invoice counts for the city its customer is in now; customers without a city are under "No city".</source>
        <translation>هر فاکتور برای شهری حساب می‌شود که مشتری آن اکنون در آن است؛ مشتریان بدون شهر زیر «بدون شهر» می‌آیند.</translation>
    </message>
    <message>
        <source>All other customers</source>
        <translation>سایر مشتریان</translation>
    </message>
    <message>
        <source>Top customers by sales</source>
        <translation>مشتریان برتر بر اساس فروش</translation>
    </message>
    <message numerus="yes">
        <source>The %n customers with the largest sales in the period, largest first; the rest are added up in "All other customers".</source>
        <translation><numerusform>%n مشتری با بیشترین فروش در این دوره، به ترتیب از بیشترین؛ بقیه در «سایر مشتریان» جمع زده می‌شوند.</numerusform></translation>
    </message>
    <message>
        <source>No salesperson</source>
        <translation>بدون بازاریاب</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>بازاریاب</translation>
    </message>
    <message>
        <source>Share of sales by salesperson</source>
        <translation>سهم از فروش بر اساس بازاریاب</translation>
    </message>
    <message>
        <source>Each invoice counts for the salesperson written on it; invoices without one are under "No salesperson".</source>
        <translation>هر فاکتور برای بازاریابی حساب می‌شود که روی آن نوشته شده است؛ فاکتورهای بدون بازاریاب زیر «بدون بازاریاب» می‌آیند.</translation>
    </message>
    <message>
        <source>Not from the catalog</source>
        <translation>خارج از فهرست کالا</translation>
    </message>
    <message>
        <source>Product or service</source>
        <translation>کالا یا خدمت</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Best-selling products and services</source>
        <translation>پرفروش‌ترین کالاها و خدمات</translation>
    </message>
    <message>
        <source>Sales of a product are its invoice lines after line and invoice discounts, before tax. Lines typed in by hand are grouped as "Not from the catalog", and additions such as shipping have their own row, so the table adds up to the sales of the period.</source>
        <translation>فروش هر کالا جمع ردیف‌های فاکتور آن است، پس از تخفیف ردیف و تخفیف فاکتور و پیش از مالیات. ردیف‌هایی که دستی وارد شده‌اند زیر «خارج از فهرست کالا» گروه‌بندی می‌شوند و اضافاتی مانند هزینهٔ حمل ردیف جداگانهٔ خود را دارند، بنابراین جمع جدول برابر با فروش دوره است.</translation>
    </message>
    <message>
        <source>Invoices counts the invoices that sold the product; an invoice selling several products counts under each of them, so the column does not add up to the invoices of the period.</source>
        <translation>ستون «فاکتورها» فاکتورهایی را می‌شمارد که این کالا را فروخته‌اند؛ فاکتوری که چند کالا را فروخته است زیر هر یک از آن‌ها شمرده می‌شود، بنابراین جمع این ستون با تعداد فاکتورهای دوره برابر نیست.</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>بدون منبع آشنایی</translation>
    </message>
    <message>
        <source>Share of sales by customer source</source>
        <translation>سهم از فروش بر اساس منبع آشنایی مشتری</translation>
    </message>
    <message>
        <source>Each invoice counts for the source its customer came from (as the customer's record says now); customers without one are under "No source".</source>
        <translation>هر فاکتور برای منبع آشنایی مشتری آن حساب می‌شود (بر اساس آنچه اکنون در پروندهٔ مشتری ثبت است)؛ مشتریان بدون منبع آشنایی زیر «بدون منبع آشنایی» می‌آیند.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>VAT and duty</source>
        <translation>مالیات و عوارض</translation>
    </message>
    <message>
        <source>Total with tax</source>
        <translation>جمع با مالیات</translation>
    </message>
    <message>
        <source>Sales are the invoices issued in the period (settled or not); drafts and pre-invoices do not count. "Sales before tax" is what the invoices charge before VAT and duty, after discounts and with additions such as shipping.</source>
        <translation>فروش یعنی فاکتورهای صادرشده در این دوره (تسویه‌شده یا نشده)؛ پیش‌نویس‌ها و پیش‌فاکتورها حساب نمی‌شوند. «فروش پیش از مالیات» مبلغی است که فاکتورها پیش از مالیات و عوارض، پس از تخفیف‌ها و همراه با اضافاتی مانند هزینهٔ حمل دریافت می‌کنند.</translation>
    </message>
    <message>
        <source>The target's period must be a Jalali month like 1404-07 or a quarter like 1404-Q3.</source>
        <translation>دورهٔ هدف باید یک ماه شمسی مانند 1404-07 یا یک فصل مانند 1404-Q3 باشد.</translation>
    </message>
    <message>
        <source>The target amount cannot be negative.</source>
        <translation>مبلغ هدف نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>There is no sales target for %1.</source>
        <translation>برای %1 هدف فروشی تعیین نشده است.</translation>
    </message>
    <message>
        <source>Sales trend</source>
        <translation>روند فروش</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف فروش</translation>
    </message>
    <message>
        <source>Progress to target</source>
        <translation>پیشرفت نسبت به هدف</translation>
    </message>
    <message>
        <source>Average so far this year</source>
        <translation>میانگین تجمعی امسال</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>همین دوره در سال گذشته</translation>
    </message>
    <message>
        <source>Growth on last year</source>
        <translation>رشد نسبت به سال گذشته</translation>
    </message>
    <message>
        <source>Sales by year</source>
        <translation>فروش سالانه</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Sales, target and average</source>
        <translation>فروش، هدف و میانگین</translation>
    </message>
    <message>
        <source>Target is the sales target set for the month or quarter (only when grouping by month or quarter); progress is the sales as a share of it.</source>
        <translation>هدف فروش، هدفی است که برای آن ماه یا فصل تعیین شده است (فقط در گروه‌بندی ماهانه یا فصلی)؛ پیشرفت، فروش به‌صورت سهمی از آن هدف است.</translation>
    </message>
    <message>
        <source>Average so far this year is the average sales per period from the start of the period's Jalali year up to and including the period.</source>
        <translation>میانگین تجمعی امسال، میانگین فروش دوره‌ها از آغاز سال شمسیِ آن دوره تا خودِ آن دوره (با احتساب آن) است.</translation>
    </message>
    <message>
        <source>Same period last year is the sales of the period one Jalali year earlier; growth compares the whole period with it and may be negative.</source>
        <translation>همین دوره در سال گذشته، فروشِ همان دوره در یک سال شمسی پیش‌تر است؛ رشد، کل دوره را با آن مقایسه می‌کند و ممکن است منفی باشد.</translation>
    </message>
    <message>
        <source>Sales by year shows every Jalali year with sales; the current year counts up to today.</source>
        <translation>فروش سالانه هر سال شمسی‌ای را که فروش داشته است نشان می‌دهد؛ سال جاری تا امروز حساب می‌شود.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>%1 customers, %2 leads, %3 documents, %4 payments</source>
        <translation>%1 مشتری، %2 سرنخ، %3 سند، %4 پرداخت</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>بازیابی از نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Peyvand backups (*.pvbak);;All files (*)</source>
        <translation>نسخه‌های پشتیبان پیوند (*.pvbak);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>The backup of %1 is encrypted. Enter the passphrase it was made with.</source>
        <translation>نسخهٔ پشتیبانِ %1 رمزگذاری‌شده است. عبارت عبوری را که هنگام ساختن آن به کار رفته است وارد کنید.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup. Check it (and the keyboard language) and try again.</source>
        <translation>این عبارت عبور این نسخهٔ پشتیبان را باز نمی‌کند. آن را (و زبان صفحه‌کلید را) بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Restore the backup of %1?

It holds %2.

Your current data will be kept as “%3” in the folder of the database, and Peyvand restarts on the restored data.</source>
        <translation>نسخهٔ پشتیبانِ %1 بازیابی شود؟

این نسخه شامل %2 است.

داده‌های فعلی شما با نام «%3» در پوشهٔ پایگاه داده نگه داشته می‌شود و پیوند با داده‌های بازیابی‌شده دوباره راه‌اندازی می‌شود.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>در حال بازیابی</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>در حال بازیابی نسخهٔ پشتیبانِ %1…</translation>
    </message>
    <message>
        <source>The restore was cancelled; the database was not changed.</source>
        <translation>بازیابی لغو شد؛ پایگاه داده تغییری نکرد.</translation>
    </message>
    <message>
        <source>The restore failed; the database was not changed.
%1</source>
        <translation>بازیابی ناموفق بود؛ پایگاه داده تغییری نکرد.
%1</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>نسخهٔ پشتیبانِ %1 بازیابی شد.</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The data you had before is kept in “%2”.</source>
        <translation>نسخهٔ پشتیبانِ %1 بازیابی شد. داده‌هایی که پیش‌تر داشتید در «%2» نگه داشته شده است.</translation>
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
    <message>
        <source>The image is larger than %1 MB; choose a smaller file.</source>
        <translation>حجم تصویر بیش از %1 مگابایت است؛ فایل کوچک‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The file is not a readable SVG image.</source>
        <translation>این فایل تصویر SVG خوانایی نیست.</translation>
    </message>
    <message>
        <source>The image cannot be read; use a PNG, JPEG or SVG file.</source>
        <translation>تصویر خوانده نمی‌شود؛ از فایل PNG، JPEG یا SVG استفاده کنید.</translation>
    </message>
    <message>
        <source>Only PNG, JPEG and SVG images can be used.</source>
        <translation>فقط تصویرهای PNG، JPEG و SVG را می‌توان به کار برد.</translation>
    </message>
    <message>
        <source>Enter the 10-digit national ID or the 11-digit legal entity ID.</source>
        <translation>کد ملی ۱۰ رقمی یا شناسهٔ ملی ۱۱ رقمی اشخاص حقوقی را وارد کنید.</translation>
    </message>
    <message>
        <source>The validity of pre-invoices must be between 0 and 3650 days.</source>
        <translation>مدت اعتبار پیش‌فاکتورها باید بین ۰ تا ۳۶۵۰ روز باشد.</translation>
    </message>
    <message>
        <source>The stored tax rates are damaged.</source>
        <translation>نرخ‌های مالیات ذخیره‌شده آسیب دیده‌اند.</translation>
    </message>
    <message>
        <source>There is no tax rate starting on %1.</source>
        <translation>نرخ مالیاتی که از %1 آغاز شود، وجود ندارد.</translation>
    </message>
    <message>
        <source>The last tax rate cannot be removed; documents need at least one. Change its rates instead.</source>
        <translation>آخرین نرخ مالیات را نمی‌توان حذف کرد؛ اسناد دست‌کم به یک نرخ نیاز دارند. به جای آن، نرخ‌هایش را تغییر دهید.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; attach a smaller file.</source>
        <translation>حجم فایل بیش از %1 مگابایت است؛ فایل کوچک‌تری پیوست کنید.</translation>
    </message>
    <message>
        <source>The attached file needs a name.</source>
        <translation>فایل پیوست باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>There is no pre-invoice or invoice with number %1.</source>
        <translation>پیش‌فاکتور یا فاکتوری با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The attached file no longer exists.</source>
        <translation>فایل پیوست دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The number pattern is empty; use for example PF-{year}-{seq:4}.</source>
        <translation>الگوی شماره‌گذاری خالی است؛ برای نمونه PF-{year}-{seq:4} را به کار ببرید.</translation>
    </message>
    <message>
        <source>The number pattern is longer than %1 characters.</source>
        <translation>الگوی شماره‌گذاری بیش از %1 نویسه است.</translation>
    </message>
    <message>
        <source>The number pattern cannot contain line breaks or tabs.</source>
        <translation>الگوی شماره‌گذاری نمی‌تواند شکست سطر یا Tab داشته باشد.</translation>
    </message>
    <message>
        <source>The number pattern has a “}” without its “{”.</source>
        <translation>در الگوی شماره‌گذاری یک «}» بدون «{» متناظرش آمده است.</translation>
    </message>
    <message>
        <source>The number pattern has a “{” without its “}”.</source>
        <translation>در الگوی شماره‌گذاری یک «{» بدون «}» متناظرش آمده است.</translation>
    </message>
    <message>
        <source>“{%1}” is not a placeholder of number patterns; use {year}, {yy}, {seq} or {seq:N} (N from 1 to %2).</source>
        <translation>«{%1}» جانگهدار الگوی شماره‌گذاری نیست؛ {year}، {yy}، {seq} یا {seq:N} را به کار ببرید (N از ۱ تا %2).</translation>
    </message>
    <message>
        <source>The number pattern must contain the counter {seq} (or {seq:N}) exactly once.</source>
        <translation>الگوی شماره‌گذاری باید شمارندهٔ {seq} (یا {seq:N}) را دقیقاً یک بار داشته باشد.</translation>
    </message>
    <message>
        <source>The year %1 cannot be used in a document number.</source>
        <translation>سال %1 را نمی‌توان در شمارهٔ سند به کار برد.</translation>
    </message>
    <message>
        <source>A document counter starts at 1.</source>
        <translation>شمارندهٔ اسناد از ۱ شروع می‌شود.</translation>
    </message>
    <message>
        <source>The issue date is not a valid date.</source>
        <translation>تاریخ صدور معتبر نیست.</translation>
    </message>
    <message>
        <source>The validity date cannot be before the issue date.</source>
        <translation>تاریخ اعتبار نمی‌تواند پیش از تاریخ صدور باشد.</translation>
    </message>
    <message>
        <source>Add at least one line of goods or services.</source>
        <translation>دست‌کم یک ردیف کالا یا خدمت اضافه کنید.</translation>
    </message>
    <message>
        <source>Every line needs a description of the goods or service.</source>
        <translation>هر ردیف باید شرح کالا یا خدمت داشته باشد.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>مقدار باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Describe the addition, for example “Shipping”.</source>
        <translation>شرح هزینهٔ اضافی را بنویسید، مثلاً «هزینهٔ حمل».</translation>
    </message>
    <message>
        <source>Pre-invoice %1 is issued and locked, so it cannot be changed or deleted. Duplicate it to make a new draft instead.</source>
        <translation>پیش‌فاکتور %1 صادر و قفل شده است و نمی‌توان آن را تغییر داد یا حذف کرد. به جای آن، از آن رونوشت بگیرید تا پیش‌نویس تازه‌ای ساخته شود.</translation>
    </message>
    <message>
        <source>Invoice %1 is issued and locked, so it cannot be changed or deleted. Duplicate it to make a new draft instead.</source>
        <translation>فاکتور %1 صادر و قفل شده است و نمی‌توان آن را تغییر داد یا حذف کرد. به جای آن، از آن رونوشت بگیرید تا پیش‌نویس تازه‌ای ساخته شود.</translation>
    </message>
    <message>
        <source>Only a pre-invoice can be accepted, rejected or converted; this is an invoice.</source>
        <translation>فقط پیش‌فاکتور را می‌توان پذیرفت، رد کرد یا تبدیل کرد؛ این سند فاکتور است.</translation>
    </message>
    <message>
        <source>Only an invoice can be settled; this is a pre-invoice.</source>
        <translation>فقط فاکتور را می‌توان تسویه کرد؛ این سند پیش‌فاکتور است.</translation>
    </message>
    <message>
        <source>This pre-invoice is “%1”; only an issued pre-invoice can be accepted.</source>
        <translation>وضعیت این پیش‌فاکتور «%1» است؛ فقط پیش‌فاکتور صادرشده را می‌توان پذیرفت.</translation>
    </message>
    <message>
        <source>This pre-invoice is “%1”; only an issued pre-invoice can be rejected.</source>
        <translation>وضعیت این پیش‌فاکتور «%1» است؛ فقط پیش‌فاکتور صادرشده را می‌توان رد کرد.</translation>
    </message>
    <message>
        <source>This pre-invoice is “%1”; only an issued or accepted pre-invoice can be converted into an invoice.</source>
        <translation>وضعیت این پیش‌فاکتور «%1» است؛ فقط پیش‌فاکتور صادرشده یا پذیرفته‌شده را می‌توان به فاکتور تبدیل کرد.</translation>
    </message>
    <message>
        <source>The invoice cannot be dated before its pre-invoice.</source>
        <translation>تاریخ فاکتور نمی‌تواند پیش از تاریخ پیش‌فاکتور آن باشد.</translation>
    </message>
    <message>
        <source>Choose the customer of the document.</source>
        <translation>مشتری سند را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The chosen customer no longer exists.</source>
        <translation>مشتری انتخاب‌شده دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The product of this line no longer exists in the catalog.</source>
        <translation>کالای این ردیف دیگر در فهرست کالا و خدمات وجود ندارد.</translation>
    </message>
    <message>
        <source>This pre-invoice is “%1”; only a draft can be issued.</source>
        <translation>وضعیت این پیش‌فاکتور «%1» است؛ فقط پیش‌نویس را می‌توان صادر کرد.</translation>
    </message>
    <message>
        <source>This invoice is “%1”; only a draft can be issued.</source>
        <translation>وضعیت این فاکتور «%1» است؛ فقط پیش‌نویس را می‌توان صادر کرد.</translation>
    </message>
    <message>
        <source>The number %1 is already used by another document. Change the number pattern in Settings so that it includes {year}.</source>
        <translation>شمارهٔ %1 پیش‌تر برای سند دیگری به کار رفته است. الگوی شماره‌گذاری را در تنظیمات طوری تغییر دهید که {year} را در بر داشته باشد.</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>Rescoring was cancelled; no score was changed.</source>
        <translation>امتیازدهی دوباره لغو شد؛ هیچ امتیازی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Timeline: buying now</source>
        <translation>زمان‌بندی خرید: همین حالا</translation>
    </message>
    <message>
        <source>Timeline: within 1 month</source>
        <translation>زمان‌بندی خرید: ظرف ۱ ماه</translation>
    </message>
    <message>
        <source>Timeline: within 3 months</source>
        <translation>زمان‌بندی خرید: ظرف ۳ ماه</translation>
    </message>
    <message>
        <source>Timeline: within 6 months</source>
        <translation>زمان‌بندی خرید: ظرف ۶ ماه</translation>
    </message>
    <message>
        <source>Timeline: later</source>
        <translation>زمان‌بندی خرید: بعدها</translation>
    </message>
    <message>
        <source>Timeline: unknown</source>
        <translation>زمان‌بندی خرید: نامعلوم</translation>
    </message>
    <message>
        <source>Contact is the owner / CEO</source>
        <translation>طرف تماس مالک/مدیرعامل است</translation>
    </message>
    <message>
        <source>Contact is a manager</source>
        <translation>طرف تماس مدیر است</translation>
    </message>
    <message>
        <source>Contact is staff</source>
        <translation>طرف تماس کارمند است</translation>
    </message>
    <message>
        <source>Contact's authority unknown</source>
        <translation>سمت طرف تماس نامعلوم</translation>
    </message>
    <message>
        <source>Clear need</source>
        <translation>نیاز روشن</translation>
    </message>
    <message>
        <source>Vague need</source>
        <translation>نیاز مبهم</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>بدون نیاز</translation>
    </message>
    <message>
        <source>Need unknown</source>
        <translation>نیاز نامعلوم</translation>
    </message>
    <message>
        <source>Budget unknown</source>
        <translation>بودجه نامعلوم</translation>
    </message>
    <message>
        <source>Budget below every tier</source>
        <translation>بودجه کمتر از همهٔ سطح‌ها</translation>
    </message>
    <message>
        <source>Budget ≥ %1 Rial</source>
        <translation>بودجه ≥ %1 ریال</translation>
    </message>
    <message>
        <source>No interactions</source>
        <translation>بدون تعامل</translation>
    </message>
    <message>
        <source>1 interaction, today</source>
        <translation>یک تعامل، امروز</translation>
    </message>
    <message>
        <source>1 interaction, 1 day ago</source>
        <translation>یک تعامل، ۱ روز پیش</translation>
    </message>
    <message>
        <source>1 interaction, %1 days ago</source>
        <translation>یک تعامل، %1 روز پیش</translation>
    </message>
    <message>
        <source>%1 interactions, the latest today</source>
        <translation>%1 تعامل، آخرینِ آن‌ها امروز</translation>
    </message>
    <message>
        <source>%1 interactions, the latest 1 day ago</source>
        <translation>%1 تعامل، آخرینِ آن‌ها ۱ روز پیش</translation>
    </message>
    <message>
        <source>%1 interactions, the latest %2 days ago</source>
        <translation>%1 تعامل، آخرینِ آن‌ها %2 روز پیش</translation>
    </message>
    <message>
        <source>%1: not set</source>
        <translation>%1: تعیین نشده</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Industry unknown</source>
        <translation>زمینهٔ فعالیت نامعلوم</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>زمینهٔ فعالیت: %1</translation>
    </message>
    <message>
        <source>Manual override</source>
        <translation>امتیاز دستی</translation>
    </message>
    <message>
        <source>%1 (capped at %2)</source>
        <translation>%1 (با سقف %2)</translation>
    </message>
</context>
<context>
    <name>ScoringProfile</name>
    <message>
        <source>%1: must be a whole number from %2 to %3.</source>
        <translation>%1: باید عدد صحیحی از %2 تا %3 باشد.</translation>
    </message>
    <message>
        <source>%1: must not be empty.</source>
        <translation>%1: نباید خالی باشد.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation>%1: حداکثر %2 نویسه.</translation>
    </message>
    <message>
        <source>%1: use only letters, digits, “_” and “-” in “%2”.</source>
        <translation>%1: در «%2» فقط از حروف، رقم‌ها، «_» و «-» استفاده کنید.</translation>
    </message>
    <message>
        <source>%1: at most %2 entries.</source>
        <translation>%1: حداکثر %2 مورد.</translation>
    </message>
    <message>
        <source>%1: unknown option; allowed: %2</source>
        <translation>%1: گزینهٔ نامعتبر؛ گزینه‌های مجاز: %2</translation>
    </message>
    <message>
        <source>%1: “%2” is listed twice.</source>
        <translation>%1: «%2» دو بار آمده است.</translation>
    </message>
    <message>
        <source>%1: must not be negative.</source>
        <translation>%1: نباید منفی باشد.</translation>
    </message>
    <message>
        <source>%1: another tier starts at the same amount.</source>
        <translation>%1: پلهٔ دیگری از همین مبلغ شروع می‌شود.</translation>
    </message>
    <message>
        <source>%1: “%2” is already the key of another criterion.</source>
        <translation>%1: «%2» پیش‌تر کلید معیار دیگری است.</translation>
    </message>
    <message>
        <source>%1: add at least one option.</source>
        <translation>%1: دست‌کم یک گزینه اضافه کنید.</translation>
    </message>
    <message>
        <source>%1: must be “%2”.</source>
        <translation>%1: باید «%2» باشد.</translation>
    </message>
    <message>
        <source>bands.warm: must not be above bands.hot (%1).</source>
        <translation>bands.warm: نباید از bands.hot (%1) بیشتر باشد.</translation>
    </message>
    <message>
        <source>%1: unknown field; allowed: %2</source>
        <translation>%1: فیلد ناشناخته؛ فیلدهای مجاز: %2</translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation>%1: الزامی است.</translation>
    </message>
    <message>
        <source>%1: must be a whole number.</source>
        <translation>%1: باید عدد صحیح باشد.</translation>
    </message>
    <message>
        <source>%1: the number is out of range.</source>
        <translation>%1: عدد خارج از محدوده است.</translation>
    </message>
    <message>
        <source>%1: must be text.</source>
        <translation>%1: باید متن باشد.</translation>
    </message>
    <message>
        <source>%1: must be an object.</source>
        <translation>%1: باید یک شیء باشد.</translation>
    </message>
    <message>
        <source>%1: must be a list.</source>
        <translation>%1: باید یک فهرست باشد.</translation>
    </message>
    <message>
        <source>The scoring profile is not valid JSON: %1 (at character %2).</source>
        <translation>الگوی امتیازدهی JSON معتبری نیست: %1 (در نویسهٔ %2).</translation>
    </message>
    <message>
        <source>The scoring profile must be a JSON object.</source>
        <translation>الگوی امتیازدهی باید یک شیء JSON باشد.</translation>
    </message>
    <message>
        <source>version: %1 is not supported; this Peyvand reads version %2.</source>
        <translation>version: نسخهٔ %1 پشتیبانی نمی‌شود؛ این نسخه از پیوند نسخهٔ %2 را می‌خواند.</translation>
    </message>
    <message>
        <source>%1: a field has no name.</source>
        <translation>%1: یکی از فیلدها نام ندارد.</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>the name of the built-in scoring profile</comment>
        <translation>پیش‌فرض</translation>
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
    <message>
        <source>--show-document needs a document number.</source>
        <translation>--show-document به شمارهٔ سند نیاز دارد.</translation>
    </message>
    <message>
        <source>--show-lead needs a lead number.</source>
        <translation>--show-lead شمارهٔ سرنخ را لازم دارد.</translation>
    </message>
    <message>
        <source>--show-page needs dashboard, reports, customers, documents, catalog, settings, leads, pipeline, tasks, cheques, receivables or backups.</source>
        <translation>--show-page یکی از این مقادیر را می‌خواهد: dashboard، reports، customers، documents، catalog، settings، leads، pipeline، tasks، cheques، receivables یا backups.</translation>
    </message>
    <message>
        <source>--show-report needs the key of a report, such as sales_period.</source>
        <translation>--show-report کلید یک گزارش را می‌خواهد، مانند sales_period.</translation>
    </message>
</context>
<context>
    <name>StorageLocation</name>
    <message>
        <source>The database is on a network drive. SQLite cannot lock or safely save a file there, so two computers or a dropped connection can damage it. Keep the database on this computer's own disk and put backups on the network drive instead.</source>
        <translation>پایگاه داده روی یک درایو شبکه است. SQLite نمی‌تواند فایل را آنجا قفل کند یا با اطمینان ذخیره کند؛ بنابراین استفادهٔ هم‌زمان دو رایانه یا قطع شدن اتصال می‌تواند به آن آسیب بزند. پایگاه داده را روی دیسک خود این رایانه نگه دارید و نسخه‌های پشتیبان را روی درایو شبکه بگذارید.</translation>
    </message>
    <message>
        <source>The database is on a removable drive. Unplugging it while Peyvand is writing can damage the file. Keep the database on this computer's own disk and use the removable drive for backups.</source>
        <translation>پایگاه داده روی یک حافظهٔ جداشدنی است. جدا کردن آن در حالی که پیوند در حال نوشتن است می‌تواند به فایل آسیب بزند. پایگاه داده را روی دیسک خود این رایانه نگه دارید و از حافظهٔ جداشدنی برای نسخه‌های پشتیبان استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>StorageWarning</name>
    <message>
        <source>The database “%1” is on a network share. %2

SQLite cannot lock or flush files reliably over a network: two computers, or a dropped connection, can damage it. Keep the database on this computer's own disk and put the backups on the share instead.</source>
        <translation>پایگاه دادهٔ «%1» روی یک پوشهٔ اشتراکی شبکه است. %2

SQLite روی شبکه نمی‌تواند فایل‌ها را با اطمینان قفل کند یا کامل روی دیسک بنویسد: استفادهٔ هم‌زمان دو رایانه یا قطع شدن اتصال می‌تواند به آن آسیب بزند. پایگاه داده را روی دیسک خود این رایانه نگه دارید و نسخه‌های پشتیبان را در پوشهٔ اشتراکی بگذارید.</translation>
    </message>
    <message>
        <source>The database “%1” is on a removable drive. %2

If the drive is pulled out or loses power while Peyvand writes, the database can be damaged. Keep the database on this computer's own disk and copy backups to the drive instead.</source>
        <translation>پایگاه دادهٔ «%1» روی یک حافظهٔ جداشدنی است. %2

اگر این حافظه هنگام نوشتن پیوند جدا شود یا برقش قطع شود، پایگاه داده ممکن است آسیب ببیند. پایگاه داده را روی دیسک خود این رایانه نگه دارید و نسخه‌های پشتیبان را روی این حافظه کپی کنید.</translation>
    </message>
    <message>
        <source>The database is on a risky drive</source>
        <translation>پایگاه داده روی درایوی پرخطر است</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>با این حال باز شود</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>TableSource</name>
    <message>
        <source>The file “%1” cannot be opened.</source>
        <translation>فایل «%1» باز نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>%1: %2</source>
        <comment>kind of subject: its name</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>None</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <source>There is no task with number %1.</source>
        <translation>کاری با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>برای کار عنوانی وارد کنید.</translation>
    </message>
    <message>
        <source>Give the task a valid due date and time.</source>
        <translation>برای کار تاریخ و ساعت سررسید معتبری وارد کنید.</translation>
    </message>
    <message>
        <source>There is no customer with number %1.</source>
        <translation>مشتری‌ای با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no lead with number %1.</source>
        <translation>سرنخی با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>There is no deal with number %1.</source>
        <translation>فرصت فروشی با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The number of days cannot be negative.</source>
        <translation>تعداد روزها نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The first day of the range is not a valid date.</source>
        <translation>روز اول بازه تاریخ معتبری نیست.</translation>
    </message>
    <message>
        <source>The last day of the range is not a valid date.</source>
        <translation>روز آخر بازه تاریخ معتبری نیست.</translation>
    </message>
    <message>
        <source>The day is not a valid date.</source>
        <translation>این روز تاریخ معتبری نیست.</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Detect automatically</source>
        <translation>تشخیص خودکار</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (Unicode text)</source>
        <translation>UTF-16 (متن یونیکد)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic/Persian)</source>
        <translation>Windows-1256 (عربی/فارسی)</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>فایل خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); at most %2 MB can be read.</source>
        <translation>فایل بیش از حد بزرگ است (%1 مگابایت)؛ حداکثر %2 مگابایت خوانده می‌شود.</translation>
    </message>
</context>
<context>
    <name>TextLines</name>
    <message>
        <source>line %1: the file holds a NUL character, so it is not text (or it is UTF-16 without a byte order mark: choose UTF-16).</source>
        <translation>سطر %1: فایل نویسهٔ NUL دارد، پس متنی نیست (یا UTF-16 بدون BOM است: UTF-16 را انتخاب کنید).</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters.</source>
        <translation>سطر %1 بیش از %2 نویسه است.</translation>
    </message>
</context>
<context>
    <name>VCardSource</name>
    <message>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <source>line %1: the card that starts here has no END:VCARD.</source>
        <translation>سطر %1: کارتی که از اینجا شروع می‌شود END:VCARD ندارد.</translation>
    </message>
    <message>
        <source>line %1: a vCard must start with BEGIN:VCARD.</source>
        <translation>سطر %1: vCard باید با BEGIN:VCARD شروع شود.</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 characters.</source>
        <translation>سطر %1 بیش از %2 نویسه است.</translation>
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
    <name>Xlsx</name>
    <message>
        <source>The XLSX file has no sheet "%1"; its sheets are: %2.</source>
        <translation>فایل XLSX برگه‌ای به نام «%1» ندارد؛ برگه‌های آن: %2.</translation>
    </message>
    <message>
        <source>The XLSX file is refused: its part %1 unpacks to more than %2 MB.</source>
        <translation>فایل XLSX پذیرفته نشد: بخش %1 آن پس از بازشدن از حالت فشرده بیش از %2 مگابایت می‌شود.</translation>
    </message>
    <message>
        <source>The XLSX file is refused: its part %1 is compressed more than %2 times, as zip bombs are.</source>
        <translation>فایل XLSX پذیرفته نشد: بخش %1 آن بیش از %2 برابر فشرده شده است؛ این ویژگی فایل فشرده‌ی مخرب است.</translation>
    </message>
    <message>
        <source>its part %1 cannot be unpacked</source>
        <translation>بخش %1 آن از حالت فشرده باز نمی‌شود</translation>
    </message>
    <message>
        <source>its part %1 fails its checksum</source>
        <translation>کد وارسی (checksum) بخش %1 آن نادرست است</translation>
    </message>
    <message>
        <source>its part %1 was left unread</source>
        <translation>بخش %1 آن ناخوانده ماند</translation>
    </message>
    <message>
        <source>The XLSX file cannot be read: it must be a file that can be read in any order.</source>
        <translation>فایل XLSX خوانده نمی‌شود: باید فایلی باشد که بتوان آن را به هر ترتیبی خواند.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>فایل %1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>it is not a zip archive, or it is incomplete</source>
        <translation>فایل zip نیست یا ناقص است</translation>
    </message>
    <message>
        <source>it lists more than %1 parts</source>
        <translation>بیش از %1 بخش دارد</translation>
    </message>
    <message>
        <source>its directory cannot be read</source>
        <translation>فهرست محتویات آن خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>its part %1 is missing</source>
        <translation>بخش %1 آن وجود ندارد</translation>
    </message>
    <message>
        <source>its part %1 cannot be found</source>
        <translation>بخش %1 آن پیدا نمی‌شود</translation>
    </message>
    <message>
        <source>its part %1 cannot be opened</source>
        <translation>بخش %1 آن باز نمی‌شود</translation>
    </message>
    <message>
        <source>The XLSX file is refused: its shared strings take more than %1 MB.</source>
        <translation>فایل XLSX پذیرفته نشد: رشته‌های مشترک آن بیش از %1 مگابایت است.</translation>
    </message>
    <message>
        <source>the cells of sheet "%1" are missing</source>
        <translation>خانه‌های برگهٔ «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>its sheet has a row numbered "%1"</source>
        <translation>برگهٔ آن ردیفی با شمارهٔ «%1» دارد</translation>
    </message>
    <message>
        <source>row %1 of its sheet comes after row %2</source>
        <translation>در برگهٔ آن، ردیف %1 پس از ردیف %2 آمده است</translation>
    </message>
    <message>
        <source>The XLSX file is refused: its sheet has more than %1 rows.</source>
        <translation>فایل XLSX پذیرفته نشد: برگهٔ آن بیش از %1 ردیف دارد.</translation>
    </message>
    <message>
        <source>its sheet has a cell named "%1"</source>
        <translation>برگهٔ آن خانه‌ای با نام «%1» دارد</translation>
    </message>
    <message>
        <source>The XLSX file is refused: its sheet has a value in column %1, beyond the %2 columns allowed.</source>
        <translation>فایل XLSX پذیرفته نشد: برگهٔ آن در ستون %1 مقدار دارد، فراتر از %2 ستون مجاز.</translation>
    </message>
    <message>
        <source>its cell %1 refers to shared string %2, which it does not have</source>
        <translation>خانهٔ %1 آن به رشتهٔ مشترک %2 اشاره می‌کند که در فایل وجود ندارد</translation>
    </message>
    <message>
        <source>it has no workbook</source>
        <translation>کتاب کار ندارد</translation>
    </message>
    <message>
        <source>its workbook lists no sheets</source>
        <translation>کتاب کار آن هیچ برگه‌ای ندارد</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>فایل %1 نوشته نمی‌شود.</translation>
    </message>
    <message>
        <source>The XLSX file was already closed.</source>
        <translation>فایل XLSX پیش‌تر بسته شده است.</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows.</source>
        <translation>هر برگهٔ XLSX حداکثر %1 ردیف می‌تواند داشته باشد.</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 columns.</source>
        <translation>هر برگهٔ XLSX حداکثر %1 ستون می‌تواند داشته باشد.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is longer than the %3 characters an XLSX cell holds.</source>
        <translation>ردیف %1، ستون %2: متن از %3 نویسه، یعنی گنجایش یک خانهٔ XLSX، بلندتر است.</translation>
    </message>
    <message>
        <source>The XLSX file is damaged: %1</source>
        <translation>فایل XLSX آسیب‌دیده است: %1</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3)</source>
        <translation>ساختار XML در %1 درست نیست (سطر %2: %3)</translation>
    </message>
</context>
<context>
    <name>XlsxText</name>
    <message>
        <source>The XLSX file is refused: it declares a DTD or entities, which spreadsheet files never do.</source>
        <translation>فایل XLSX پذیرفته نشد: DTD یا entity تعریف کرده است، کاری که فایل‌های صفحه‌گسترده هرگز نمی‌کنند.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::AgeingModel</name>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>جمع کل (%1)</translation>
    </message>
    <message>
        <source>Pending cheques</source>
        <translation>چک‌های در انتظار وصول</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>فاکتورهای باز</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::AgendaModel</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>عقب‌افتاده (%1)</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>سررسید امروز (%1)</translation>
    </message>
    <message>
        <source>Next 7 days (%1)</source>
        <translation>۷ روز آینده (%1)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>باز کردن %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>About</source>
        <translation>مربوط به</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::AppLockGuard</name>
    <message>
        <source>Peyvand is locked</source>
        <translation>پیوند قفل است</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::AttachmentListModel</name>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Accountant's invoice</source>
        <translation>فاکتور حسابداری</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاریخ افزودن</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::AttachmentsDialog</name>
    <message>
        <source>Attachments of %1</source>
        <translation>پیوست‌های %1</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>افزودن فایل…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>ذخیرهٔ رونوشت…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>New file is a:</source>
        <translation>نوع فایل جدید:</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>«%1» خوانده نشد.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>«%1» افزوده شد.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>پیوست کردن فایل</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>«%1» نوشته نشد.</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation>رونوشتی با نام «%1» ذخیره شد.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>ذخیرهٔ رونوشت</translation>
    </message>
    <message>
        <source>Remove “%1” from this document? The file is deleted from the database.</source>
        <translation>«%1» از این سند حذف شود؟ فایل از پایگاه داده پاک می‌شود.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>حذف پیوست</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::BackupListModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بایت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 کیلوبایت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 مگابایت</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>رمزگذاری‌شده</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>بدون رمزگذاری</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>رمزگذاری</translation>
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
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>اشکال</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::BackupScheduler</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>پشتیبان‌گیری خودکار ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Automatic backup made: %1.</source>
        <translation>پشتیبان‌گیری خودکار انجام شد: %1.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>همین حالا پشتیبان بگیر</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>بازیابی…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>بازیابی از فایل…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>No backups in this folder yet. “Back up now” makes the first one.</source>
        <translation>هنوز نسخهٔ پشتیبانی در این پوشه نیست. با «همین حالا پشتیبان بگیر» نخستین نسخه ساخته می‌شود.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>در حال پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>پشتیبان‌گیری خودکار</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>This folder is on the same disk as the database: if the disk fails, the backups are lost with it. Choose another disk or a synced folder, or copy the backups there.</source>
        <translation>این پوشه روی همان دیسکِ پایگاه داده است: اگر دیسک خراب شود، نسخه‌های پشتیبان هم همراه آن از دست می‌روند. دیسکی دیگر یا یک پوشهٔ همگام‌شده انتخاب کنید، یا نسخه‌های پشتیبان را در آنجا کپی کنید.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>Encrypt backups with a passphrase</source>
        <translation>رمزگذاری نسخه‌های پشتیبان با عبارت عبور</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>رمزگذاری</translation>
    </message>
    <message>
        <source>None (the database is in memory)</source>
        <translation>هیچ (پایگاه داده در حافظه است)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخرین پشتیبان: %1</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>هنوز هیچ نسخهٔ پشتیبانی ساخته نشده است.</translation>
    </message>
    <message>
        <source>The last backup failed (%1): %2
This stays here until a backup succeeds.</source>
        <translation>آخرین پشتیبان‌گیری ناموفق بود (%1): %2
این پیام تا موفق شدن یک پشتیبان‌گیری همین‌جا می‌ماند.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>پوشهٔ نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>The backup folder is on the same disk as the database.</source>
        <translation>پوشهٔ نسخه‌های پشتیبان روی همان دیسکِ پایگاه داده است.</translation>
    </message>
    <message>
        <source>Encrypt backups</source>
        <translation>رمزگذاری نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>Stop encrypting backups</source>
        <translation>توقف رمزگذاری نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <source>Backups made from now on are encrypted with this passphrase. Automatic backups do not ask for it.</source>
        <translation>نسخه‌های پشتیبانی که از این پس ساخته شوند با این عبارت عبور رمزگذاری می‌شوند. پشتیبان‌گیری خودکار آن را نمی‌پرسد.</translation>
    </message>
    <message>
        <source>Enter the backup passphrase to turn encryption off. Backups made from now on are not encrypted; those made before still need the passphrase.</source>
        <translation>برای خاموش کردن رمزگذاری، عبارت عبور نسخه‌های پشتیبان را وارد کنید. نسخه‌های پشتیبانی که از این پس ساخته شوند رمزگذاری نمی‌شوند؛ نسخه‌های پیشین همچنان به عبارت عبور نیاز دارند.</translation>
    </message>
    <message>
        <source>Backups are encrypted from now on.</source>
        <translation>از این پس نسخه‌های پشتیبان رمزگذاری می‌شوند.</translation>
    </message>
    <message>
        <source>Backups are no longer encrypted.</source>
        <translation>نسخه‌های پشتیبان دیگر رمزگذاری نمی‌شوند.</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>یک پشتیبان‌گیری در حال انجام است.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>در حال پشتیبان‌گیری از پایگاه داده…</translation>
    </message>
    <message>
        <source>Backup cancelled.</source>
        <translation>پشتیبان‌گیری لغو شد.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>پشتیبان‌گیری ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Backup made: %1 (%2).</source>
        <translation>نسخهٔ پشتیبان ساخته شد: %1 (%2).</translation>
    </message>
    <message>
        <source>Wait for the backup to finish before restoring.</source>
        <translation>پیش از بازیابی، صبر کنید تا پشتیبان‌گیری تمام شود.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::BudgetTierModel</name>
    <message>
        <source>from %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CalendarDayCell</name>
    <message>
        <source>%1, %2 tasks</source>
        <translation>%1، %2 کار</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>۱ کار</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 کار</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CatalogListModel</name>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معاف</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Unit price (%1)</source>
        <translation>مبلغ واحد (%1)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CatalogPage</name>
    <message>
        <source>Show inactive</source>
        <translation>نمایش غیرفعال‌ها</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Search code, name or category</source>
        <translation>جستجوی کد، نام یا دسته</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>وارد کردن از CSV…</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>کالای جدید</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>افزودن کالا</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>همهٔ دسته‌ها</translation>
    </message>
    <message>
        <source>One item</source>
        <translation>یک قلم</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 قلم</translation>
    </message>
    <message>
        <source>No products yet — add one or import a CSV.</source>
        <translation>هنوز کالایی ثبت نشده است — کالایی اضافه کنید یا فایل CSV وارد کنید.</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>هیچ کالایی با «%1» پیدا نشد.</translation>
    </message>
    <message>
        <source>No product matches these filters.</source>
        <translation>هیچ کالایی با این فیلترها پیدا نشد.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>فعال کردن</translation>
    </message>
    <message>
        <source>Product added</source>
        <translation>کالا افزوده شد</translation>
    </message>
    <message>
        <source>Product saved</source>
        <translation>کالا ذخیره شد</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <source>Product activated</source>
        <translation>کالا فعال شد</translation>
    </message>
    <message>
        <source>Product deactivated; it is no longer offered</source>
        <translation>کالا غیرفعال شد؛ دیگر در اسناد جدید قابل انتخاب نیست</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>حذف کالا</translation>
    </message>
    <message>
        <source>Delete “%1” from the catalog? This cannot be undone.</source>
        <translation>«%1» از فهرست کالا و خدمات حذف شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Product deleted</source>
        <translation>کالا حذف شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ChequeCalendarPanel</name>
    <message>
        <source>↓ %1 · %2</source>
        <comment>received cheques: count · sum</comment>
        <translation>↓ %1 چک، %2</translation>
    </message>
    <message>
        <source>↑ %1 · %2</source>
        <comment>issued cheques: count · sum</comment>
        <translation>↑ %1 چک، %2</translation>
    </message>
    <message>
        <source>Open cheques due this month — to receive (↓): %1, %2; to pay (↑): %3, %4</source>
        <translation>چک‌های باز با سررسید این ماه — دریافتنی (↓): %1، %2؛ پرداختنی (↑): %3، %4</translation>
    </message>
    <message>
        <source>No open cheques due on %1</source>
        <translation>هیچ چک بازی با سررسید %1 وجود ندارد</translation>
    </message>
    <message>
        <source>Open cheques due on %1</source>
        <translation>چک‌های باز با سررسید %1</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ChequeDetailPane</name>
    <message>
        <source>Edit details…</source>
        <translation>ویرایش جزئیات…</translation>
    </message>
    <message>
        <source>Choose a cheque to see its details and history.</source>
        <translation>برای دیدن جزئیات و تاریخچهٔ یک چک، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Sayad ID</source>
        <translation>شناسهٔ صیادی</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <source>Bank and branch</source>
        <translation>بانک و شعبه</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>صادرکننده</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Cheque %1 to %2</source>
        <translation>چک %1 در وجه %2</translation>
    </message>
    <message>
        <source>Cheque %1 from %2</source>
        <translation>چک %1 از %2</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <comment>branch name (code)</comment>
        <translation>%1 (کد %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>account type, number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <comment>drawer name, national ID</comment>
        <translation>%1، شناسهٔ %2</translation>
    </message>
    <message>
        <source>The scan of the cheque</source>
        <translation>تصویر چک</translation>
    </message>
    <message>
        <source>The scan cannot be shown.</source>
        <translation>تصویر چک را نمی‌توان نمایش داد.</translation>
    </message>
    <message>
        <source>No scan</source>
        <translation>بدون تصویر</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ChequeFilterBar</name>
    <message>
        <source>Search Sayad ID, serial, drawer, customer or bank</source>
        <translation>جستجوی شناسهٔ صیادی، سریال، صادرکننده، مشتری یا بانک</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>هنوز باز</translation>
    </message>
    <message>
        <source>Received and issued</source>
        <translation>دریافتی و پرداختی</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>هر تاریخ</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>سررسید از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ChequeFormDialog</name>
    <message>
        <source>Choose the scan of the cheque</source>
        <translation>انتخاب تصویر چک</translation>
    </message>
    <message>
        <source>New issued cheque</source>
        <translation>چک پرداختی جدید</translation>
    </message>
    <message>
        <source>Cheque details</source>
        <translation>جزئیات چک</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>۱۶ رقم</translation>
    </message>
    <message>
        <source>Sayad ID</source>
        <translation>شناسهٔ صیادی</translation>
    </message>
    <message>
        <source>Amount (Rial)</source>
        <translation>مبلغ (ریال)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>نام شعبه</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>در وجه</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>صادرکننده</translation>
    </message>
    <message>
        <source>Payee's national or legal ID</source>
        <translation>کد ملی یا شناسهٔ ملی گیرنده (در وجه)</translation>
    </message>
    <message>
        <source>Drawer's national or legal ID</source>
        <translation>کد ملی یا شناسهٔ ملی صادرکننده</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>تصویر چک</translation>
    </message>
    <message>
        <source>Add cheque</source>
        <translation>افزودن چک</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ChequeHistoryModel</name>
    <message>
        <source>Recorded %1</source>
        <translation>ثبت‌شده: %1</translation>
    </message>
    <message>
        <source>Entered as %1</source>
        <translation>ثبت با وضعیت %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>cheque state before and after</comment>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ChequeListModel</name>
    <message>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>فاکتور %1</translation>
    </message>
    <message>
        <source>Sayad ID</source>
        <translation>شناسهٔ صیادی</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <source>Drawer / payee</source>
        <translation>صادرکننده / در وجه</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>مبلغ (%1)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ChequeRegisterPanel</name>
    <message>
        <source>Clear the filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
    <message>
        <source>New issued cheque…</source>
        <translation>چک پرداختی جدید…</translation>
    </message>
    <message>
        <source>Record a cheque the business wrote to a supplier</source>
        <translation>ثبت چکی که کسب‌وکار برای تأمین‌کننده صادر کرده است</translation>
    </message>
    <message>
        <source>No cheques match these filters.</source>
        <translation>هیچ چکی با این فیلترها یافت نشد.</translation>
    </message>
    <message>
        <source>No cheques yet. Cheques received as payment for an invoice appear here; a cheque the business writes can be added with “New issued cheque…”.</source>
        <translation>هنوز چکی ثبت نشده است. چک‌هایی که بابت پرداخت فاکتور دریافت می‌شوند اینجا نمایش داده می‌شوند؛ چکی را که کسب‌وکار صادر می‌کند می‌توان با «چک پرداختی جدید…» افزود.</translation>
    </message>
    <message>
        <source>1 cheque</source>
        <translation>۱ چک</translation>
    </message>
    <message>
        <source>%1 cheques</source>
        <translation>%1 چک</translation>
    </message>
    <message>
        <source>Cheque %1 is now %2</source>
        <translation>چک %1 اکنون %2 است</translation>
    </message>
    <message>
        <source>Cheque saved</source>
        <translation>چک ذخیره شد</translation>
    </message>
    <message>
        <source>Issued cheque added</source>
        <translation>چک پرداختی افزوده شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ChequeTransitionDialog</name>
    <message>
        <source>Cheque %1 of %2, %3, due %4: %5 → %6</source>
        <translation>چک %1 مربوط به %2، %3، سررسید %4: %5 ← %6</translation>
    </message>
    <message>
        <source>To whom it was endorsed</source>
        <translation>به چه کسی واگذار شد</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ChequesPage</name>
    <message>
        <source>Register</source>
        <translation>دفتر چک‌ها</translation>
    </message>
    <message>
        <source>Calendar by due date</source>
        <translation>تقویم سررسیدها</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ChoiceCriterionBox</name>
    <message>
        <source>Custom criterion</source>
        <translation>معیار سفارشی</translation>
    </message>
    <message>
        <source>The most points this criterion can give</source>
        <translation>بیشترین امتیازی که این معیار می‌تواند بدهد</translation>
    </message>
    <message>
        <source>e.g. Company size</source>
        <translation>مثلاً اندازهٔ شرکت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>افزودن گزینه</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>حذف گزینه</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>حذف معیار</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>گزینهٔ جدید</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CompanyProfileForm</name>
    <message>
        <source>Business</source>
        <translation>کسب‌وکار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>As printed on documents</source>
        <translation>همان‌طور که در اسناد چاپ می‌شود</translation>
    </message>
    <message>
        <source>Economic code</source>
        <translation>کد اقتصادی</translation>
    </message>
    <message>
        <source>National or legal ID</source>
        <translation>کد ملی یا شناسهٔ ملی</translation>
    </message>
    <message>
        <source>10 digits for a person, 11 for a company</source>
        <translation>۱۰ رقم برای شخص حقیقی، ۱۱ رقم برای شرکت</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>شمارهٔ ثبت</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>نشانی و راه‌های تماس</translation>
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
        <source>Logo and stamp</source>
        <translation>نشان (لوگو) و مهر</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>انتخاب نشان (لوگو)</translation>
    </message>
    <message>
        <source>Choose the stamp or signature</source>
        <translation>انتخاب مهر یا امضا</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>نشان (لوگو)</translation>
    </message>
    <message>
        <source>Stamp and signature</source>
        <translation>مهر و امضا</translation>
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
    <name>peyvand::ui::ContactFieldsForm</name>
    <message>
        <source>Who</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
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
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
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
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
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
    <name>peyvand::ui::CustomerDocumentsBox</name>
    <message>
        <source>Pre-invoices and invoices</source>
        <translation>پیش‌فاکتورها و فاکتورها</translation>
    </message>
    <message>
        <source>New pre-invoice</source>
        <translation>پیش‌فاکتور جدید</translation>
    </message>
    <message>
        <source>No pre-invoices or invoices for this customer yet.</source>
        <translation>هنوز پیش‌فاکتور یا فاکتوری برای این مشتری ثبت نشده است.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CustomerExportDialog</name>
    <message>
        <source>All customers (%1)</source>
        <translation>همهٔ مشتریان (%1)</translation>
    </message>
    <message>
        <source>Column titles in Persian</source>
        <translation>عنوان ستون‌ها به فارسی</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>خروجی گرفتن از مشتریان</translation>
    </message>
    <message>
        <source>The customers of the current search and filters (%1)</source>
        <translation>مشتریان جستجو و فیلترهای فعلی (%1)</translation>
    </message>
    <message>
        <source>The customers of the current search and filters</source>
        <translation>مشتریان جستجو و فیلترهای فعلی</translation>
    </message>
    <message>
        <source>CSV (opens in any spreadsheet program)</source>
        <translation>CSV (در هر برنامهٔ صفحه‌گسترده‌ای باز می‌شود)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>کتاب کار Excel (XLSX)</translation>
    </message>
    <message>
        <source>vCard contacts (VCF)</source>
        <translation>مخاطبان vCard (VCF)</translation>
    </message>
    <message>
        <source>Peyvand reads either kind of title back when the file is imported.</source>
        <translation>پیوند هنگام ورود فایل، هر دو نوع عنوان را می‌شناسد.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>مشتریان:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>قالب:</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CustomerExportFlow</name>
    <message>
        <source>Exporting customers</source>
        <translation>خروجی گرفتن از مشتریان</translation>
    </message>
    <message>
        <source>Writing customer %1 of %2…</source>
        <translation>در حال نوشتن مشتری %1 از %2…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>فایل‌های Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf)</source>
        <translation>مخاطبان vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>خروجی گرفتن از مشتریان</translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation>در حال خواندن مشتریان…</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>یک خروجی‌گیری دیگر در حال انجام است.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>خروجی‌گیری لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» نوشته نشد: %2</translation>
    </message>
    <message>
        <source>%1 customer exported to “%2”.</source>
        <translation>خروجی %1 مشتری در «%2» ذخیره شد.</translation>
    </message>
    <message>
        <source>%1 customers exported to “%2”.</source>
        <translation>خروجی %1 مشتری در «%2» ذخیره شد.</translation>
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
    <name>peyvand::ui::CustomerImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>ورود مشتریان</translation>
    </message>
    <message>
        <source>Check finished: nothing was imported.</source>
        <translation>بررسی پایان یافت: چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>Import finished: %1 new customers, %2 updated.</source>
        <translation>ورود پایان یافت: %1 مشتری جدید، %2 مشتری به‌روزرسانی‌شده.</translation>
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
    <message>
        <source>Import…</source>
        <translation>وارد کردن…</translation>
    </message>
    <message>
        <source>Add customers from a CSV, Excel or vCard file</source>
        <translation>افزودن مشتریان از فایل CSV، Excel یا vCard</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Save all customers, or those listed, as CSV, Excel or vCard</source>
        <translation>ذخیرهٔ همهٔ مشتریان یا مشتریان فهرست‌شده در قالب CSV، Excel یا vCard</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>وارد کردن از فایل</translation>
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
    <message>
        <source>History…</source>
        <translation>تاریخچه…</translation>
    </message>
    <message>
        <source>Every change of this customer, its notes and interactions</source>
        <translation>همهٔ تغییرات این مشتری، یادداشت‌ها و تعامل‌هایش</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>مشتری %1</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::CustomerPicker</name>
    <message>
        <source>Type a name, company or mobile…</source>
        <translation>نام، شرکت یا موبایل را بنویسید…</translation>
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
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>خریدها</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>مجموع خریدها</translation>
    </message>
    <message>
        <source>Open balance</source>
        <translation>ماندهٔ پرداخت‌نشده</translation>
    </message>
    <message>
        <source>%1 Rial</source>
        <translation>%1 ریال</translation>
    </message>
    <message>
        <source>Payment rating</source>
        <translation>رتبهٔ خوش‌حسابی</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DamagedDatabaseDialog</name>
    <message>
        <source>Restore from this backup</source>
        <translation>بازیابی از این نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>باز کردن فقط‌خواندنی</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>پایگاه داده آسیب دیده است</translation>
    </message>
    <message>
        <source>The database file is damaged</source>
        <translation>فایل پایگاه داده آسیب دیده است</translation>
    </message>
    <message>
        <source>Peyvand checked “%1” and found parts of it that cannot be read correctly. This usually comes from a disk fault or the computer switching off while writing. To keep what is left safe, Peyvand will not change this file.</source>
        <translation>پیوند «%1» را بررسی کرد و بخش‌هایی از آن را یافت که درست خوانده نمی‌شوند. این مشکل معمولاً از خرابی دیسک یا خاموش شدن رایانه هنگام نوشتن پیش می‌آید. برای حفظ آنچه باقی مانده، پیوند این فایل را تغییر نمی‌دهد.</translation>
    </message>
    <message>
        <source>The newest backup that can be read is from %1 and holds %2. Restoring it replaces the damaged file; the damaged file is kept beside it.</source>
        <translation>تازه‌ترین نسخهٔ پشتیبانِ خواندنی مربوط به %1 است و %2 را در خود دارد. بازیابی آن، فایل آسیب‌دیده را جایگزین می‌کند؛ فایل آسیب‌دیده در کنار آن نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>No readable backup was found in the backup folder. You can open the database read-only to look at and export what can still be read.</source>
        <translation>هیچ نسخهٔ پشتیبانِ خواندنی در پوشهٔ پشتیبان پیدا نشد. می‌توانید پایگاه داده را فقط‌خواندنی باز کنید تا آنچه هنوز خواندنی است را ببینید و از آن خروجی بگیرید.</translation>
    </message>
    <message>
        <source>“Open read-only” shows your data without changing anything; nothing can be added or edited until the database is restored.</source>
        <translation>«باز کردن فقط‌خواندنی» داده‌های شما را بدون هیچ تغییری نشان می‌دهد؛ تا پایگاه داده بازیابی نشود، نمی‌توان چیزی افزود یا ویرایش کرد.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>پیشخوان</translation>
    </message>
    <message>
        <source>No sales yet. Issue your first invoice and this page shows how the month is going.</source>
        <translation>هنوز فروشی ثبت نشده است. نخستین فاکتور خود را صادر کنید تا این صفحه نشان دهد ماه چگونه پیش می‌رود.</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>پیشخوان — %1</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DashboardTileView</name>
    <message>
        <source>Open the report</source>
        <translation>باز کردن گزارش</translation>
    </message>
    <message>
        <source>vs last month</source>
        <translation>نسبت به ماه گذشته</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>نسبت به سال گذشته</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DealCardDelegate</name>
    <message>
        <source>No customer</source>
        <translation>بدون مشتری</translation>
    </message>
    <message>
        <source>No close date</source>
        <translation>بدون تاریخ بستن</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DealColumnModel</name>
    <message>
        <source>Expected close: %1</source>
        <translation>بستن پیش‌بینی‌شده: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>مسئول: %1</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DealFormDialog</name>
    <message>
        <source>New deal</source>
        <translation>فرصت فروش جدید</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>ویرایش فرصت فروش</translation>
    </message>
    <message>
        <source>What is being sold, e.g. “Network upgrade”</source>
        <translation>چه چیزی فروخته می‌شود، مثلاً «ارتقای شبکه»</translation>
    </message>
    <message>
        <source>In Rial</source>
        <translation>به ریال</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>Who works this deal</source>
        <translation>چه کسی مسئول این فرصت فروش است</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <comment>stage name (probability)</comment>
        <translation>%1 (%2٪)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Amount (Rial)</source>
        <translation>مبلغ (ریال)</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>تاریخ بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Why it was lost</source>
        <translation>دلیل ازدست‌رفتن</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>%1, that is %2</source>
        <translation>%1، یعنی %2</translation>
    </message>
    <message>
        <source>Pick the customer from the suggestions, or leave the field empty.</source>
        <translation>مشتری را از پیشنهادها انتخاب کنید یا فیلد را خالی بگذارید.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DealListModel</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>فرصت فروش</translation>
    </message>
    <message>
        <source>Customer or lead</source>
        <translation>مشتری یا سرنخ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Amount (Toman)</source>
        <translation>مبلغ (تومان)</translation>
    </message>
    <message>
        <source>Amount (Rial)</source>
        <translation>مبلغ (ریال)</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Weighted (Toman)</source>
        <translation>ارزش وزنی (تومان)</translation>
    </message>
    <message>
        <source>Weighted (Rial)</source>
        <translation>ارزش وزنی (ریال)</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>تاریخ بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DocumentActions</name>
    <message>
        <source>Issue</source>
        <translation>صدور</translation>
    </message>
    <message>
        <source>Give the document its number and lock it</source>
        <translation>دادن شماره به سند و قفل کردن آن</translation>
    </message>
    <message>
        <source>Accepted by customer</source>
        <translation>پذیرفته‌شده از سوی مشتری</translation>
    </message>
    <message>
        <source>Rejected by customer…</source>
        <translation>ردشده از سوی مشتری…</translation>
    </message>
    <message>
        <source>Convert to invoice…</source>
        <translation>تبدیل به فاکتور…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ایجاد رونوشت</translation>
    </message>
    <message>
        <source>A new draft with the same customer and lines, dated today</source>
        <translation>پیش‌نویسی تازه با همان مشتری و ردیف‌ها، به تاریخ امروز</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>پیش‌نمایش چاپ…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <source>Attachments…</source>
        <translation>پیوست‌ها…</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>حذف پیش‌نویس…</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>فایل PDF ذخیره شد</translation>
    </message>
    <message>
        <source>the draft pre-invoice</source>
        <translation>پیش‌نویس پیش‌فاکتور</translation>
    </message>
    <message>
        <source>the draft invoice</source>
        <translation>پیش‌نویس فاکتور</translation>
    </message>
    <message>
        <source>pre-invoice %1</source>
        <translation>پیش‌فاکتور %1</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>فاکتور %1</translation>
    </message>
    <message>
        <source>Issue this pre-invoice? It gets its number and can no longer be changed; changes then need a duplicate.</source>
        <translation>این پیش‌فاکتور صادر شود؟ شماره می‌گیرد و دیگر نمی‌توان آن را تغییر داد؛ برای تغییرات بعدی باید از آن رونوشت بگیرید.</translation>
    </message>
    <message>
        <source>Issue this invoice? It gets its number and can no longer be changed; changes then need a duplicate.</source>
        <translation>این فاکتور صادر شود؟ شماره می‌گیرد و دیگر نمی‌توان آن را تغییر داد؛ برای تغییرات بعدی باید از آن رونوشت بگیرید.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>%1 صادر شد</translation>
    </message>
    <message>
        <source>Marked %1 accepted</source>
        <translation>%1 به‌عنوان پذیرفته‌شده ثبت شد</translation>
    </message>
    <message>
        <source>Mark %1 as rejected by the customer? It can no longer be accepted or converted.</source>
        <translation>%1 به‌عنوان ردشده از سوی مشتری ثبت شود؟ پس از آن دیگر نمی‌توان آن را پذیرفت یا تبدیل کرد.</translation>
    </message>
    <message>
        <source>Rejected by customer</source>
        <translation>ردشده از سوی مشتری</translation>
    </message>
    <message>
        <source>Mark rejected</source>
        <translation>ثبت رد</translation>
    </message>
    <message>
        <source>Marked %1 rejected</source>
        <translation>%1 به‌عنوان ردشده ثبت شد</translation>
    </message>
    <message>
        <source>Duplicated %1 into a new draft</source>
        <translation>رونوشت %1 به‌صورت پیش‌نویس تازه ساخته شد</translation>
    </message>
    <message>
        <source>Convert %1 into an invoice dated today? The tax is computed again at the rates in force today, and the pre-invoice is marked converted.</source>
        <translation>%1 به فاکتوری با تاریخ امروز تبدیل شود؟ مالیات با نرخ‌های معتبر امروز دوباره محاسبه می‌شود و وضعیت پیش‌فاکتور «تبدیل‌شده به فاکتور» می‌شود.</translation>
    </message>
    <message>
        <source>Convert to invoice</source>
        <translation>تبدیل به فاکتور</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>تبدیل</translation>
    </message>
    <message>
        <source>Tax rates changed</source>
        <translation>نرخ‌های مالیات تغییر کرده است</translation>
    </message>
    <message>
        <source>Invoice %1 created</source>
        <translation>فاکتور %1 ایجاد شد</translation>
    </message>
    <message>
        <source>VAT %1 % + duty %2 %</source>
        <translation>مالیات بر ارزش افزوده %1٪ + عوارض %2٪</translation>
    </message>
    <message>
        <source>The tax rates changed between the pre-invoice and today, so invoice %1 is not for the same amount.
Pre-invoice %2: %3, grand total %4 Rial.
Invoice %1: %5, grand total %6 Rial.</source>
        <translation>نرخ‌های مالیات از تاریخ پیش‌فاکتور تا امروز تغییر کرده است، از این رو مبلغ فاکتور %1 با پیش‌فاکتور یکسان نیست.
پیش‌فاکتور %2: %3، جمع کل %4 ریال.
فاکتور %1: %5، جمع کل %6 ریال.</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>%1 حذف شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>حذف پیش‌نویس</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation>پیش‌نویس حذف شد</translation>
    </message>
    <message>
        <source>Receive payment…</source>
        <translation>دریافت وجه…</translation>
    </message>
    <message>
        <source>Record money received, a cheque or a credit promise against this invoice</source>
        <translation>ثبت وجه دریافتی، چک یا وعدهٔ پرداخت برای این فاکتور</translation>
    </message>
    <message>
        <source>Instalment plan…</source>
        <translation>برنامهٔ اقساط…</translation>
    </message>
    <message>
        <source>Received %1 for %2</source>
        <translation>%1 بابت %2 دریافت شد</translation>
    </message>
    <message>
        <source>Instalment plan of %1 changed</source>
        <translation>برنامهٔ اقساط %1 تغییر کرد</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>تاریخچه…</translation>
    </message>
    <message>
        <source>Every change of this document: edits, issue, state and attachments</source>
        <translation>همهٔ تغییرات این سند: ویرایش‌ها، صدور، وضعیت و پیوست‌ها</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DocumentAdditionsModel</name>
    <message>
        <source>Shipping</source>
        <translation>هزینهٔ حمل</translation>
    </message>
    <message>
        <source>Addition (shipping, …)</source>
        <translation>هزینهٔ اضافی (حمل، …)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>مشمول مالیات</translation>
    </message>
    <message>
        <source>VAT and duty</source>
        <translation>مالیات و عوارض</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DocumentAdjustmentsBox</name>
    <message>
        <source>Add shipping</source>
        <translation>افزودن هزینهٔ حمل</translation>
    </message>
    <message>
        <source>Document discount:</source>
        <translation>تخفیف سند:</translation>
    </message>
    <message>
        <source>Tax rates:</source>
        <translation>نرخ‌های مالیات:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>درصد</translation>
    </message>
    <message>
        <source>Amount (Rial)</source>
        <translation>مبلغ (ریال)</translation>
    </message>
    <message>
        <source>Use other rates:</source>
        <translation>استفاده از نرخ‌های دیگر:</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>درصد مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>duty %</source>
        <translation>درصد عوارض</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DocumentEditor</name>
    <message>
        <source>Document</source>
        <translation>سند</translation>
    </message>
    <message>
        <source>Discount, tax and additions</source>
        <translation>تخفیف، مالیات و هزینه‌های اضافی</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ایجاد رونوشت</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Type a code or description to pick from the catalog; Tab or Enter moves on; Ctrl+Delete removes a line</source>
        <translation>برای انتخاب از فهرست کالا و خدمات، کد یا شرح را بنویسید؛ Tab یا Enter به خانهٔ بعدی می‌رود؛ Ctrl+Delete ردیف را حذف می‌کند</translation>
    </message>
    <message>
        <source>New pre-invoice</source>
        <translation>پیش‌فاکتور جدید</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>فاکتور جدید</translation>
    </message>
    <message>
        <source>Draft pre-invoice</source>
        <translation>پیش‌نویس پیش‌فاکتور</translation>
    </message>
    <message>
        <source>Draft invoice</source>
        <translation>پیش‌نویس فاکتور</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <comment>kind, number, state</comment>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Pre-invoice %1 was issued on %2 and is now “%3”: issued documents cannot be changed. Duplicate it to make a changed copy as a new draft.</source>
        <translation>پیش‌فاکتور %1 در %2 صادر شده و اکنون وضعیت آن «%3» است: اسناد صادرشده را نمی‌توان تغییر داد. برای اعمال تغییرات، از آن رونوشت بگیرید تا پیش‌نویس تازه‌ای ساخته شود.</translation>
    </message>
    <message>
        <source>Invoice %1 was issued on %2 and is now “%3”: issued documents cannot be changed. Duplicate it to make a changed copy as a new draft.</source>
        <translation>فاکتور %1 در %2 صادر شده و اکنون وضعیت آن «%3» است: اسناد صادرشده را نمی‌توان تغییر داد. برای اعمال تغییرات، از آن رونوشت بگیرید تا پیش‌نویس تازه‌ای ساخته شود.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>This document has changes that are not saved. Leave it and lose them?</source>
        <translation>این سند تغییراتی دارد که ذخیره نشده‌اند. از سند خارج شوید و این تغییرات از دست برود؟</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>لغو تغییرات</translation>
    </message>
    <message>
        <source>Correct the marked values to see the totals.</source>
        <translation>برای دیدن جمع‌ها، مقدارهای مشخص‌شده را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>ردیف %1، %2: %3</translation>
    </message>
    <message>
        <source>Not saved: correct the marked values first.</source>
        <translation>ذخیره نشد: ابتدا مقدارهای مشخص‌شده را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>پیش‌نویس ذخیره شد</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>تغییرات ذخیره شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DocumentEditorBar</name>
    <message>
        <source>Save draft</source>
        <translation>ذخیرهٔ پیش‌نویس</translation>
    </message>
    <message>
        <source>Save and issue</source>
        <translation>ذخیره و صدور</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Back to where the document was opened from</source>
        <translation>بازگشت به جایی که سند از آن باز شده بود</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>ذخیرهٔ پیش‌نویس (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save, give the document its number and lock it (Ctrl+Enter)</source>
        <translation>ذخیره، شماره‌گذاری و قفل کردن سند (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DocumentFilterBar</name>
    <message>
        <source>Search number, customer or title…</source>
        <translation>جستجوی شماره، مشتری یا عنوان…</translation>
    </message>
    <message>
        <source>Pre-invoices and invoices</source>
        <translation>پیش‌فاکتورها و فاکتورها</translation>
    </message>
    <message>
        <source>Pre-invoices</source>
        <translation>پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>فاکتورها</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>همهٔ تاریخ‌ها</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>همهٔ مشتریان</translation>
    </message>
    <message>
        <source>Any marketer</source>
        <translation>همهٔ بازاریاب‌ها</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <source>Issued from:</source>
        <translation>تاریخ صدور از:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <source>Marketer:</source>
        <translation>بازاریاب:</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>Issued / open</source>
        <translation>صادرشده / باز</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DocumentHeaderForm</name>
    <message>
        <source>Description and terms printed under the lines</source>
        <translation>توضیحات و شرایطی که زیر ردیف‌ها چاپ می‌شود</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدی</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>اعتباری</translation>
    </message>
    <message>
        <source>e.g. 30 % in advance, the rest on delivery</source>
        <translation>مثلاً ۳۰٪ پیش‌پرداخت، باقی هنگام تحویل</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <source>Issue date:</source>
        <translation>تاریخ صدور:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>تاریخ اعتبار:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>شرایط پرداخت:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <source>Marketer:</source>
        <translation>بازاریاب:</translation>
    </message>
    <message>
        <source>Outgoing number:</source>
        <translation>شمارهٔ خروجی:</translation>
    </message>
    <message>
        <source>Remittance number:</source>
        <translation>شمارهٔ حواله:</translation>
    </message>
    <message>
        <source>Description and terms:</source>
        <translation>توضیحات و شرایط:</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DocumentLinesModel</name>
    <message>
        <source>An amount in Rial, or a percent such as 7.5%</source>
        <translation>مبلغ به ریال، یا درصدی مانند ۷٫۵٪</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>مبلغ واحد</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>شمارهٔ سریال</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>مشمول مالیات</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>مبلغ خالص</translation>
    </message>
    <message>
        <source>VAT and duty</source>
        <translation>مالیات و عوارض</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DocumentListModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Marketer</source>
        <translation>بازاریاب</translation>
    </message>
    <message>
        <source>Grand total (%1)</source>
        <translation>جمع کل (%1)</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DocumentListPage</name>
    <message>
        <source>New pre-invoice</source>
        <translation>پیش‌فاکتور جدید</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>1 pre-invoice passed its validity date and is now expired</source>
        <translation>تاریخ اعتبار یک پیش‌فاکتور گذشت و اکنون منقضی شده است</translation>
    </message>
    <message>
        <source>%1 pre-invoices passed their validity date and are now expired</source>
        <translation>تاریخ اعتبار %1 پیش‌فاکتور گذشت و اکنون منقضی شده‌اند</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>یک سند</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 سند</translation>
    </message>
    <message>
        <source>No documents yet — create one.</source>
        <translation>هنوز سندی ثبت نشده است — سند تازه‌ای بسازید.</translation>
    </message>
    <message>
        <source>No document matches these filters.</source>
        <translation>هیچ سندی با این فیلترها پیدا نشد.</translation>
    </message>
    <message>
        <source>%1, grand total %2</source>
        <comment>number of documents, sum of their totals with the unit</comment>
        <translation>%1، جمع کل %2</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DocumentSettingsForm</name>
    <message>
        <source>Numbering</source>
        <translation>شماره‌گذاری</translation>
    </message>
    <message>
        <source>{year} is the Jalali year, {yy} its last two digits, {seq:4} the counter with four digits. The counter starts again each year.</source>
        <translation>{year} سال شمسی است، {yy} دو رقم آخر آن، و {seq:4} شمارنده با چهار رقم. شمارنده هر سال از نو شروع می‌شود.</translation>
    </message>
    <message>
        <source>Pre-invoice numbers</source>
        <translation>شمارهٔ پیش‌فاکتورها</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>شمارهٔ فاکتورها</translation>
    </message>
    <message>
        <source>New pre-invoices</source>
        <translation>پیش‌فاکتورهای جدید</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>مدت اعتبار</translation>
    </message>
    <message>
        <source>Printed under the lines of every new pre-invoice and invoice</source>
        <translation>زیر ردیف‌های هر پیش‌فاکتور و فاکتور جدید چاپ می‌شود</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>شرایط و ضوابط</translation>
    </message>
    <message>
        <source>Amounts and tax</source>
        <translation>مبالغ و مالیات</translation>
    </message>
    <message>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <source>Toman (Rial ÷ 10)</source>
        <translation>تومان (ریال ÷ ۱۰)</translation>
    </message>
    <message>
        <source>Show amounts in</source>
        <translation>نمایش مبالغ به</translation>
    </message>
    <message>
        <source>Drop the fraction (usual)</source>
        <translation>حذف اعشار (معمول)</translation>
    </message>
    <message>
        <source>Round half up</source>
        <translation>گرد کردن به نزدیک‌ترین</translation>
    </message>
    <message>
        <source>Round down (floor)</source>
        <translation>گرد کردن رو به پایین</translation>
    </message>
    <message>
        <source>Round up (ceiling)</source>
        <translation>گرد کردن رو به بالا</translation>
    </message>
    <message>
        <source>Rounding of tax</source>
        <translation>گرد کردن مالیات</translation>
    </message>
    <message>
        <source>Amounts are always stored in Rial; Toman only changes how they are shown.</source>
        <translation>مبالغ همیشه به ریال ذخیره می‌شوند؛ تومان فقط شیوهٔ نمایش آن‌ها را تغییر می‌دهد.</translation>
    </message>
    <message>
        <source>Next number: %1</source>
        <translation>شمارهٔ بعدی: %1</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DocumentTotalsPanel</name>
    <message>
        <source>Sum of lines:</source>
        <translation>جمع ردیف‌ها:</translation>
    </message>
    <message>
        <source>Discounts:</source>
        <translation>تخفیف‌ها:</translation>
    </message>
    <message>
        <source>Additions:</source>
        <translation>هزینه‌های اضافی:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>مالیات بر ارزش افزوده:</translation>
    </message>
    <message>
        <source>Municipal duty:</source>
        <translation>عوارض:</translation>
    </message>
    <message>
        <source>Grand total:</source>
        <translation>جمع کل:</translation>
    </message>
    <message>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Totals (%1)</source>
        <translation>جمع‌ها (%1)</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DuplicateComparisonModel</name>
    <message>
        <source>The row was taken for a duplicate because of this field.</source>
        <translation>این ردیف به‌خاطر این فیلد تکراری شناخته شد.</translation>
    </message>
    <message>
        <source>The values differ.</source>
        <translation>مقدارها متفاوت‌اند.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>In the file (line %1)</source>
        <translation>در فایل (سطر %1)</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>در فایل</translation>
    </message>
    <message>
        <source>Earlier row (line %1)</source>
        <translation>ردیف قبلی (سطر %1)</translation>
    </message>
    <message>
        <source>In the customer book</source>
        <translation>در دفتر مشتریان</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::DuplicatesModel</name>
    <message>
        <source>line %1: %2</source>
        <translation>سطر %1: %2</translation>
    </message>
    <message>
        <source>A customer already in the book</source>
        <translation>مشتری موجود در دفتر</translation>
    </message>
    <message>
        <source>An earlier row of this file</source>
        <translation>ردیف قبلی همین فایل</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>در فایل</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>منطبق با</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ExportPolicy</name>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::FollowUpDialog</name>
    <message>
        <source>Add follow-up</source>
        <translation>افزودن پیگیری</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه کاری</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::FunnelModel</name>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Jalali month name and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع آشنایی</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Qualified %</source>
        <translation>درصد واجد شرایط</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Converted %</source>
        <translation>درصد تبدیل‌شده</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::FunnelView</name>
    <message>
        <source>Leads created from</source>
        <translation>سرنخ‌های ایجادشده از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>به تفکیک ماه</translation>
    </message>
    <message>
        <source>Per source</source>
        <translation>به تفکیک منبع</translation>
    </message>
    <message>
        <source>%1 leads → %2 qualified (%3) → %4 customers (%5)</source>
        <translation>%1 سرنخ ← %2 واجد شرایط (%3) ← %4 مشتری (%5)</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ImagePicker</name>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The file is too large for an image.</source>
        <translation>حجم فایل برای تصویر بیش از حد زیاد است.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>فایل خوانده نشد.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>بدون تصویر</translation>
    </message>
    <message>
        <source>This file cannot be shown as an image.</source>
        <translation>این فایل را نمی‌توان به‌صورت تصویر نمایش داد.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ImportDuplicatePage</name>
    <message>
        <source>Skip the row and keep the customer as it is</source>
        <translation>رد کردن ردیف و نگه‌داشتن مشتری بدون تغییر</translation>
    </message>
    <message>
        <source>Update the customer: fill in the fields it does not have yet</source>
        <translation>به‌روزرسانی مشتری: پر کردن فیلدهایی که هنوز خالی‌اند</translation>
    </message>
    <message>
        <source>Import the row as a new customer anyway</source>
        <translation>وارد کردن ردیف به‌عنوان مشتری جدید در هر صورت</translation>
    </message>
    <message>
        <source>Also replace the values it has with those of the file</source>
        <translation>مقدارهای موجود هم با مقدارهای فایل بازنویسی شوند</translation>
    </message>
    <message>
        <source>Check only, import nothing</source>
        <translation>فقط بررسی، بدون وارد کردن</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>موارد تکراری</translation>
    </message>
    <message>
        <source>A row is a duplicate when its mobile, national ID or email, or its name and city, match a customer you already have or an earlier row of the file.</source>
        <translation>ردیفی تکراری است که موبایل، کد ملی یا ایمیل آن، یا نام و شهر آن، با یکی از مشتریان موجود یا ردیفی قبلی در همین فایل یکی باشد.</translation>
    </message>
    <message>
        <source>Reads and checks every row and shows the report; the customer book is not changed.</source>
        <translation>همهٔ ردیف‌ها خوانده و بررسی می‌شوند و گزارش نمایش داده می‌شود؛ دفتر مشتریان تغییری نمی‌کند.</translation>
    </message>
    <message>
        <source>When a row is a duplicate</source>
        <translation>وقتی ردیفی تکراری است</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>No duplicates among the first %1 rows. The import checks every row of the file.</source>
        <translation>در %1 ردیف نخست مورد تکراری‌ای نیست. هنگام ورود، همهٔ ردیف‌های فایل بررسی می‌شوند.</translation>
    </message>
    <message>
        <source>Duplicates among the first %1 rows; choose one to compare it with what it matches (differences in amber).</source>
        <translation>موارد تکراری در %1 ردیف نخست؛ یکی را انتخاب کنید تا با مورد منطبقش مقایسه شود (تفاوت‌ها به رنگ کهربایی).</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ImportFilePage</name>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>انتخاب فایل</translation>
    </message>
    <message>
        <source>A customer list saved as CSV, TSV, an Excel workbook (XLSX) or vCard contacts. Nothing is imported until the last step.</source>
        <translation>فهرست مشتریانی که در قالب CSV، TSV، فایل Excel (XLSX) یا مخاطبان vCard ذخیره شده است. تا گام آخر چیزی وارد نمی‌شود.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>فایلی انتخاب نشده است</translation>
    </message>
    <message>
        <source>CSV (values separated by commas or semicolons)</source>
        <translation>CSV (مقدارهای جداشده با ویرگول یا نقطه‌ویرگول)</translation>
    </message>
    <message>
        <source>TSV (values separated by tabs)</source>
        <translation>TSV (مقدارهای جداشده با تب)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>فایل Excel (XLSX)</translation>
    </message>
    <message>
        <source>vCard contacts (VCF)</source>
        <translation>مخاطبان vCard (VCF)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>قالب:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>برگه:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>کدگذاری متن:</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>ورود مشتریان</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;CSV and TSV (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;vCard contacts (*.vcf *.vcard);;All files (*)</source>
        <translation>فهرست‌های مشتریان (*.csv *.tsv *.txt *.xlsx *.vcf *.vcard);;CSV و TSV (*.csv *.tsv *.txt);;فایل‌های Excel (*.xlsx);;مخاطبان vCard (*.vcf *.vcard);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Choose a file to see how it will be read.</source>
        <translation>فایلی انتخاب کنید تا ببینید چگونه خوانده می‌شود.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>در حال خواندن فایل…</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>این فایل را نمی‌توان وارد کرد: %1</translation>
    </message>
    <message>
        <source>Detected text encoding: %1.</source>
        <translation>کدگذاری تشخیص‌داده‌شده: %1.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>با کدگذاری %1 خوانده می‌شود.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>Values are separated by “%1”.</source>
        <translation>مقدارها با «%1» از هم جدا شده‌اند.</translation>
    </message>
    <message>
        <source>%1 columns; the first %2 rows are shown on the next page.</source>
        <translation>%1 ستون؛ %2 ردیف نخست در صفحهٔ بعد نمایش داده می‌شود.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ImportMappingPage</name>
    <message>
        <source>Put the columns that are not imported into the customer's notes</source>
        <translation>افزودن ستون‌های واردنشده به یادداشت‌های مشتری</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. Columns were matched by their titles; “Do not import” leaves a column out.</source>
        <translation>مشخص کنید هر ستون فایل چه چیزی را در خود دارد. ستون‌ها بر اساس عنوانشان نگاشت شده‌اند؛ با «وارد نشود» آن ستون کنار گذاشته می‌شود.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ستون در فایل</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>نخستین مقدار</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>وارد شود به‌عنوان</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>تکراری با %1</translation>
    </message>
    <message>
        <source>Duplicate of line %1</source>
        <translation>تکراری با سطر %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <source>Matches the customer %1 in the book (%2).</source>
        <translation>با مشتری %1 در دفتر (%2) منطبق است.</translation>
    </message>
    <message>
        <source>Matches line %1 of this file (%2).</source>
        <translation>با سطر %1 همین فایل (%2) منطبق است.</translation>
    </message>
    <message>
        <source>This row would be imported.</source>
        <translation>این ردیف وارد خواهد شد.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>The first rows of the file as they will be stored. Red cells will not be imported: point at one to see why. Amber rows match a customer you already have.</source>
        <translation>ردیف‌های نخست فایل، همان‌گونه که ذخیره خواهند شد. خانه‌های قرمز وارد نمی‌شوند: برای دیدن دلیل، نشانگر را روی آن‌ها نگه دارید. ردیف‌های کهربایی با یکی از مشتریان موجود منطبق‌اند.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>فایل ردیفی برای وارد کردن ندارد.</translation>
    </message>
    <message>
        <source>%1 rows previewed: %2 ready to import, %3 rejected, %4 duplicates.</source>
        <translation>پیش‌نمایش %1 ردیف: %2 آمادهٔ ورود، %3 ردشده، %4 تکراری.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ImportReportPage</name>
    <message>
        <source>Save rejected rows as CSV…</source>
        <translation>ذخیرهٔ ردیف‌های ردشده در قالب CSV…</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>انجام ورود</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>What the import did. Rejected rows can be saved as CSV, corrected and imported again.</source>
        <translation>نتیجهٔ ورود. ردیف‌های ردشده را می‌توانید در قالب CSV ذخیره کنید، اصلاح کنید و دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>Import the file with the same choices</source>
        <translation>وارد کردن فایل با همین انتخاب‌ها</translation>
    </message>
    <message>
        <source>New customers:</source>
        <translation>مشتریان جدید:</translation>
    </message>
    <message>
        <source>Customers updated:</source>
        <translation>مشتریان به‌روزرسانی‌شده:</translation>
    </message>
    <message>
        <source>Duplicates skipped:</source>
        <translation>موارد تکراری کنارگذاشته‌شده:</translation>
    </message>
    <message>
        <source>Rows rejected:</source>
        <translation>ردیف‌های ردشده:</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; your customers are as they were.</source>
        <translation>ورود لغو شد. چیزی وارد نشد؛ مشتریان شما بدون تغییر مانده‌اند.</translation>
    </message>
    <message>
        <source>The import stopped and nothing was imported: %1</source>
        <translation>ورود متوقف شد و چیزی وارد نشد: %1</translation>
    </message>
    <message>
        <source>Check finished: nothing was imported. Importing the file would give:</source>
        <translation>بررسی پایان یافت: چیزی وارد نشد. نتیجهٔ وارد کردن این فایل چنین خواهد بود:</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>ورود پایان یافت.</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>ردیف‌های ردشده (%1)</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>موارد تکراری (%1)</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>ذخیرهٔ ردیف‌های ردشده</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1 rejected rows to “%2”.</source>
        <translation>%1 ردیف ردشده در «%2» ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ImportRunPage</name>
    <message>
        <source>Cancel import</source>
        <translation>لغو ورود</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>در حال ورود</translation>
    </message>
    <message>
        <source>Every row is read, cleaned and checked for duplicates.</source>
        <translation>هر ردیف خوانده، پاک‌سازی و از نظر تکراری بودن بررسی می‌شود.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>The whole file is imported in one step: if you cancel, or if anything goes wrong, your customers stay exactly as they were.</source>
        <translation>کل فایل در یک مرحله وارد می‌شود: اگر لغو کنید یا مشکلی پیش بیاید، مشتریان شما دقیقاً همان‌طور که بودند باقی می‌مانند.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>Checking every row of “%1”; nothing is imported.</source>
        <translation>در حال بررسی همهٔ ردیف‌های «%1»؛ چیزی وارد نمی‌شود.</translation>
    </message>
    <message>
        <source>Importing the customers of “%1”.</source>
        <translation>در حال وارد کردن مشتریان «%1».</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>در حال خواندن فایل…</translation>
    </message>
    <message>
        <source>almost done</source>
        <translation>تقریباً تمام شد</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>حدود %1 ثانیه باقی مانده</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>حدود %1 دقیقه باقی مانده</translation>
    </message>
    <message>
        <source>%1 rows/s — %2</source>
        <translation>%1 ردیف در ثانیه — %2</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 ردیف خوانده شد</translation>
    </message>
    <message>
        <source>%1 rows read. Completing the search index and saving…</source>
        <translation>%1 ردیف خوانده شد. در حال کامل کردن نمایهٔ جست‌وجو و ذخیره…</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::IndustriesPanel</name>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>A new industry, e.g. Tourism</source>
        <translation>زمینهٔ فعالیت جدید، مثلاً گردشگری</translation>
    </message>
    <message>
        <source>Leads pick their industry from this list; the scoring profile gives points per industry. Double-click a name to rename it.</source>
        <translation>سرنخ‌ها زمینهٔ فعالیت خود را از این فهرست انتخاب می‌کنند؛ الگوی امتیازدهی برای هر زمینهٔ فعالیت امتیاز می‌دهد. برای تغییر نام، روی نام دوبار کلیک کنید.</translation>
    </message>
    <message>
        <source>Industry added</source>
        <translation>زمینهٔ فعالیت اضافه شد</translation>
    </message>
    <message>
        <source>Industry renamed</source>
        <translation>نام زمینهٔ فعالیت تغییر کرد</translation>
    </message>
    <message>
        <source>Remove “%1” from the list? Leads in this industry keep it but get no industry points any more.</source>
        <translation>«%1» از فهرست حذف شود؟ سرنخ‌های این زمینهٔ فعالیت آن را نگه می‌دارند، اما دیگر امتیاز زمینهٔ فعالیت نمی‌گیرند.</translation>
    </message>
    <message>
        <source>Remove industry</source>
        <translation>حذف زمینهٔ فعالیت</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Industry removed</source>
        <translation>زمینهٔ فعالیت حذف شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::InstalmentPlanDialog</name>
    <message>
        <source>Instalment plan</source>
        <translation>برنامهٔ اقساط</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>ذخیرهٔ برنامه</translation>
    </message>
    <message>
        <source>Payment rating:</source>
        <translation>رتبهٔ خوش‌حسابی:</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>تغییر برنامه…</translation>
    </message>
    <message>
        <source>Remove plan…</source>
        <translation>حذف برنامه…</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>هر ماه</translation>
    </message>
    <message>
        <source>Every few months</source>
        <translation>هر چند ماه</translation>
    </message>
    <message>
        <source>Every few weeks</source>
        <translation>هر چند هفته</translation>
    </message>
    <message>
        <source>Every few days</source>
        <translation>هر چند روز</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>تاریخ‌های دلخواه</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>پیش‌پرداخت</translation>
    </message>
    <message>
        <source>Instalments after it</source>
        <translation>اقساط پس از آن</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>هر چند وقت یک‌بار</translation>
    </message>
    <message>
        <source>Down payment due on</source>
        <translation>سررسید پیش‌پرداخت</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Invoice %1 — %2</source>
        <comment>invoice number — customer</comment>
        <translation>فاکتور %1 — %2</translation>
    </message>
    <message>
        <source>Total %1, paid %2, balance %3</source>
        <comment>amounts with their unit</comment>
        <translation>جمع کل %1، دریافت‌شده %2، مانده %3</translation>
    </message>
    <message>
        <source>The plan has started: money was received under it or its first instalment has fallen due, so it can no longer be changed or removed.</source>
        <translation>برنامه آغاز شده است: وجهی بر اساس آن دریافت شده یا سررسید نخستین قسط آن فرا رسیده است، پس دیگر نمی‌توان آن را تغییر داد یا حذف کرد.</translation>
    </message>
    <message>
        <source>Nothing has been received under this plan yet: it can still be changed or removed.</source>
        <translation>هنوز وجهی بر اساس این برنامه دریافت نشده است: هنوز می‌توان آن را تغییر داد یا حذف کرد.</translation>
    </message>
    <message>
        <source>A plan that has started can no longer be changed</source>
        <translation>برنامهٔ آغازشده را دیگر نمی‌توان تغییر داد</translation>
    </message>
    <message>
        <source> months</source>
        <translation>  ماه</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation>  هفته</translation>
    </message>
    <message>
        <source> days</source>
        <translation>  روز</translation>
    </message>
    <message>
        <source>Double-click a due date to change it</source>
        <translation>برای تغییر سررسید، روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>Together %1, the balance of the invoice</source>
        <comment>sum of the instalments</comment>
        <translation>جمعاً %1، برابر ماندهٔ فاکتور</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>حذف برنامه</translation>
    </message>
    <message>
        <source>Remove the instalment plan of this invoice? Its balance stays as it is.</source>
        <translation>برنامهٔ اقساط این فاکتور حذف شود؟ ماندهٔ آن همان‌طور که هست باقی می‌ماند.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::InstalmentScheduleModel</name>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>بخشی دریافت‌شده</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>دریافت‌شده</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>سررسیدگذشته</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>پیش‌پرداخت</translation>
    </message>
    <message>
        <source>Type a date such as 1404/09/01.</source>
        <translation>تاریخی مانند 1404/09/01 وارد کنید.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>مبلغ (%1)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
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
    <name>peyvand::ui::InvoicePaymentsPanel</name>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>هنوز پرداختی ثبت نشده است</translation>
    </message>
    <message>
        <source>Receive payment…</source>
        <translation>دریافت وجه…</translation>
    </message>
    <message>
        <source>Void payment…</source>
        <translation>ابطال پرداخت…</translation>
    </message>
    <message>
        <source>Instalment plan…</source>
        <translation>برنامهٔ اقساط…</translation>
    </message>
    <message>
        <source>Withdraw a payment recorded by mistake; cheques are withdrawn by cancelling them in the cheque register</source>
        <translation>ابطال پرداختی که اشتباه ثبت شده است؛ چک‌ها با ابطال در دفتر چک‌ها لغو می‌شوند</translation>
    </message>
    <message>
        <source>Total %1 · paid %2 · pending %3 · balance %4</source>
        <comment>amounts with their unit</comment>
        <translation>جمع کل %1 · دریافت‌شده %2 · در انتظار وصول %3 · مانده %4</translation>
    </message>
    <message>
        <source>%1 — settled</source>
        <comment>totals — state</comment>
        <translation>%1 — تسویه‌شده</translation>
    </message>
    <message>
        <source>%1 — in instalments</source>
        <comment>totals — state</comment>
        <translation>%1 — اقساطی</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>دریافت‌شده: %1</translation>
    </message>
    <message>
        <source>%1 of %2 on %3</source>
        <comment>method of amount on date</comment>
        <translation>%1 به مبلغ %2 در %3</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>ابطال پرداخت</translation>
    </message>
    <message>
        <source>Void the payment %1? It stays in the list as void and no longer counts. Why?</source>
        <translation>پرداخت %1 باطل شود؟ در فهرست به‌صورت باطل‌شده می‌ماند و دیگر به حساب نمی‌آید. دلیل چیست؟</translation>
    </message>
    <message>
        <source>Give the reason for voiding the payment.</source>
        <translation>دلیل ابطال پرداخت را وارد کنید.</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>پرداخت باطل شد</translation>
    </message>
    <message>
        <source>Instalment plan changed</source>
        <translation>برنامهٔ اقساط تغییر کرد</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>تاریخچه…</translation>
    </message>
    <message>
        <source>Every change of the selected payment, and of its cheque</source>
        <translation>همهٔ تغییرات پرداخت انتخاب‌شده و چک آن</translation>
    </message>
    <message>
        <source>payment %1</source>
        <extracomment>The record named in the history window's title: "History of payment 12".</extracomment>
        <translation>پرداخت %1</translation>
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
    <name>peyvand::ui::JalaliMonthCalendar</name>
    <message>
        <source>Previous month</source>
        <translation>ماه قبل</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>ماه بعد</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Jalali month name and year</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LeadFilterBar</name>
    <message>
        <source>Qualified only</source>
        <translation>فقط واجد شرایط</translation>
    </message>
    <message>
        <source>Search name, company, mobile, email…</source>
        <translation>جستجوی نام، شرکت، موبایل، ایمیل…</translation>
    </message>
    <message>
        <source>The priority queue: leads at or above the qualification threshold, best score first, then the next follow-up</source>
        <translation>صف اولویت: سرنخ‌هایی که امتیازشان به حد نصاب رسیده یا بالاتر است، اول بر اساس بیشترین امتیاز و سپس پیگیری بعدی</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>سرنخ‌های باز</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>همهٔ سرنخ‌ها</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>همهٔ رده‌ها</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>همهٔ منابع آشنایی</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>همهٔ مسئولان</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LeadFormDialog</name>
    <message>
        <source>New lead</source>
        <translation>سرنخ جدید</translation>
    </message>
    <message>
        <source>Edit lead</source>
        <translation>ویرایش سرنخ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>The lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع آشنایی</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>The marketer working this lead</source>
        <translation>بازاریابی که روی این سرنخ کار می‌کند</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Why lost</source>
        <translation>دلیل ازدست‌رفتن</translation>
    </message>
    <message>
        <source>e.g. chose a competitor, no budget this year</source>
        <translation>مثلاً رقیب را انتخاب کرد، امسال بودجه ندارد</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>بهترین زمان تماس</translation>
    </message>
    <message>
        <source>e.g. mornings 9–11</source>
        <translation>مثلاً صبح‌ها ۹ تا ۱۱</translation>
    </message>
    <message>
        <source>Scoring criteria</source>
        <translation>معیارهای امتیازدهی</translation>
    </message>
    <message>
        <source>Budget (Rial)</source>
        <translation>بودجه (ریال)</translation>
    </message>
    <message>
        <source>Empty when unknown</source>
        <translation>اگر نامعلوم است خالی بگذارید</translation>
    </message>
    <message>
        <source>Purchase timeline</source>
        <translation>زمان‌بندی خرید</translation>
    </message>
    <message>
        <source>Contact's authority</source>
        <translation>سمت طرف تماس</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>زمینهٔ فعالیت</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>نیاز</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (حذف‌شده)</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LeadHeader</name>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Set by hand; computed %1</source>
        <translation>دستی تعیین شده؛ امتیاز محاسبه‌شده: %1</translation>
    </message>
    <message>
        <source>%1 lead</source>
        <comment>band: hot / warm / cold</comment>
        <translation>سرنخ %1</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Score set by hand</source>
        <translation>امتیاز دستی</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LeadListModel</name>
    <message>
        <source>%1, set by hand</source>
        <translation>%1، دستی</translation>
    </message>
    <message>
        <source>%1, qualified</source>
        <translation>%1، واجد شرایط</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (دستی)</translation>
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
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع آشنایی</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>پیگیری بعدی</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>بهترین زمان تماس</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LeadListPage</name>
    <message>
        <source>New lead…</source>
        <translation>سرنخ جدید…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <source>1 qualified lead, best first</source>
        <translation>۱ سرنخ واجد شرایط، بهترین‌ها اول</translation>
    </message>
    <message>
        <source>%1 qualified leads, best first</source>
        <translation>%1 سرنخ واجد شرایط، بهترین‌ها اول</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>۱ سرنخ</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 سرنخ</translation>
    </message>
    <message>
        <source>No leads yet — add one.</source>
        <translation>هنوز سرنخی نیست — یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>No lead here is qualified yet. Untick “Qualified only” to see them all.</source>
        <translation>هنوز هیچ سرنخی در اینجا واجد شرایط نیست. برای دیدن همه، تیک «فقط واجد شرایط» را بردارید.</translation>
    </message>
    <message>
        <source>No lead matches these filters.</source>
        <translation>هیچ سرنخی با این فیلترها جور نیست.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LeadPage</name>
    <message>
        <source>%1 copied</source>
        <translation>%1 کپی شد</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>سرنخ‌ها</translation>
    </message>
    <message>
        <source>Back to the lead list (Esc)</source>
        <translation>بازگشت به فهرست سرنخ‌ها (Esc)</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>ثبت تعامل…</translation>
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
        <source>About the lead</source>
        <translation>دربارهٔ سرنخ</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <source>Add follow-up…</source>
        <translation>افزودن پیگیری…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <source>Mark the selected follow-up as done</source>
        <translation>پیگیری انتخاب‌شده را انجام‌شده علامت بزنید</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>تعامل‌ها</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>سابقهٔ امتیاز</translation>
    </message>
    <message>
        <source>A note on this lead: what they need, who decides, how to approach them…</source>
        <translation>یادداشتی دربارهٔ این سرنخ: چه نیازی دارند، چه کسی تصمیم می‌گیرد، چطور باید با آن‌ها برخورد کرد…</translation>
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
        <source>Open customer</source>
        <translation>باز کردن مشتری</translation>
    </message>
    <message>
        <source>Convert to customer…</source>
        <translation>تبدیل به مشتری…</translation>
    </message>
    <message>
        <source>This lead became a customer on %1</source>
        <translation>این سرنخ در %1 به مشتری تبدیل شد</translation>
    </message>
    <message>
        <source>Make a customer of this lead, keeping its notes and interactions</source>
        <translation>از این سرنخ یک مشتری بسازید؛ یادداشت‌ها و تعامل‌هایش حفظ می‌شوند</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: reason</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع آشنایی</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation>بهترین زمان تماس</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>پیگیری بعدی</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Purchase timeline</source>
        <translation>زمان‌بندی خرید</translation>
    </message>
    <message>
        <source>Contact's authority</source>
        <translation>سمت طرف تماس</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>زمینهٔ فعالیت</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>نیاز</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاریخ افزودن</translation>
    </message>
    <message>
        <source>Qualified since</source>
        <translation>واجد شرایط از</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>یادداشت افزوده شد</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>ثبت تعامل</translation>
    </message>
    <message>
        <source>Interaction logged</source>
        <translation>تعامل ثبت شد</translation>
    </message>
    <message>
        <source>Score set by hand</source>
        <translation>امتیاز دستی ثبت شد</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>تماس با %1</translation>
    </message>
    <message>
        <source>Follow-up added</source>
        <translation>پیگیری افزوده شد</translation>
    </message>
    <message>
        <source>Peyvand</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <source>The computed score applies again</source>
        <translation>امتیاز محاسبه‌شده دوباره اعمال می‌شود</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>پیگیری انجام شد</translation>
    </message>
    <message>
        <source>Convert to customer</source>
        <translation>تبدیل به مشتری</translation>
    </message>
    <message>
        <source>Make a customer of “%1”? Their notes and interactions are copied to the customer and their open follow-ups move there; the lead stays, marked converted.</source>
        <translation>«%1» به مشتری تبدیل شود؟ یادداشت‌ها و تعامل‌های او در پروندهٔ مشتری رونوشت می‌شود و پیگیری‌های باز او به آنجا منتقل می‌شود؛ سرنخ باقی می‌ماند و «تبدیل‌شده» علامت می‌خورد.</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>تبدیل</translation>
    </message>
    <message>
        <source>Also open a deal for “%1” in the first stage of the sales pipeline?</source>
        <translation>برای «%1» یک فرصت فروش هم در نخستین مرحلهٔ فروش باز شود؟</translation>
    </message>
    <message>
        <source>Open a deal</source>
        <translation>باز کردن فرصت فروش</translation>
    </message>
    <message>
        <source>Converted into a customer, with a deal</source>
        <translation>به مشتری تبدیل شد، همراه با فرصت فروش</translation>
    </message>
    <message>
        <source>Converted into a customer</source>
        <translation>به مشتری تبدیل شد</translation>
    </message>
    <message>
        <source>“%1” is now a customer. Open their page?</source>
        <translation>«%1» اکنون مشتری است. صفحهٔ او باز شود؟</translation>
    </message>
    <message>
        <source>Delete the lead “%1” with its notes, interactions and score history? This cannot be undone.</source>
        <translation>سرنخ «%1» همراه با یادداشت‌ها، تعامل‌ها و سابقهٔ امتیازش حذف شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>حذف سرنخ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Lead deleted</source>
        <translation>سرنخ حذف شد</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>تاریخچه…</translation>
    </message>
    <message>
        <source>Every change of this lead, its notes, interactions and score</source>
        <translation>همهٔ تغییرات این سرنخ، یادداشت‌ها، تعامل‌ها و امتیاز آن</translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation>سرنخ %1</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LeadScoreBox</name>
    <message>
        <source>Why this score</source>
        <translation>چرا این امتیاز</translation>
    </message>
    <message>
        <source>Set score by hand…</source>
        <translation>تعیین امتیاز دستی…</translation>
    </message>
    <message>
        <source>Clear the score set by hand</source>
        <translation>پاک کردن امتیاز دستی</translation>
    </message>
    <message>
        <source>Set by hand to %1 (computed: %2). Reason: %3</source>
        <translation>امتیاز دستی: %1 (محاسبه‌شده: %2). دلیل: %3</translation>
    </message>
    <message>
        <source>Qualified from %1 points</source>
        <translation>واجد شرایط از %1 امتیاز</translation>
    </message>
    <message>
        <source>Change score set by hand…</source>
        <translation>تغییر امتیاز دستی…</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LeadSearchBox</name>
    <message>
        <source>Type a lead's name, company or mobile…</source>
        <translation>نام، شرکت یا موبایل سرنخ را بنویسید…</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LeadTasksModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (عقب‌افتاده)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LeadsSection</name>
    <message>
        <source>Lead added</source>
        <translation>سرنخ افزوده شد</translation>
    </message>
    <message>
        <source>Lead saved</source>
        <translation>سرنخ ذخیره شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LineItemDelegate</name>
    <message>
        <source>%1 Rial</source>
        <translation>%1 ریال</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::LockDialog</name>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Quit Peyvand</source>
        <translation>خروج از پیوند</translation>
    </message>
    <message>
        <source>Peyvand is locked</source>
        <translation>پیوند قفل است</translation>
    </message>
    <message>
        <source>Enter the app password to continue.</source>
        <translation>برای ادامه، گذرواژهٔ برنامه را وارد کنید.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>The password is wrong. Try again.</source>
        <translation>گذرواژه نادرست است. دوباره تلاش کنید.</translation>
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
    <message>
        <source>The last backup failed</source>
        <translation>آخرین پشتیبان‌گیری ناموفق بود</translation>
    </message>
    <message>
        <source>Open the Backups page to see why and to back up now.</source>
        <translation>برای دیدن علت و پشتیبان گرفتن همین حالا، صفحهٔ «پشتیبان‌ها» را باز کنید.</translation>
    </message>
    <message>
        <source>Making the automatic backup…</source>
        <translation>در حال تهیهٔ نسخهٔ پشتیبان خودکار…</translation>
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
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Pre-invoices and invoices</source>
        <translation>پیش‌فاکتورها و فاکتورها</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>کالاها و خدمات</translation>
    </message>
    <message>
        <source>Sales pipeline</source>
        <translation>مراحل فروش</translation>
    </message>
    <message>
        <source>Today and tasks</source>
        <translation>امروز و کارها</translation>
    </message>
    <message>
        <source>Cheques</source>
        <translation>چک‌ها</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>مطالبات</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>پیشخوان</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::OpenInvoiceModel</name>
    <message>
        <source>in %1 days</source>
        <translation>%1 روز دیگر</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>سررسید امروز</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاریخ صدور</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>سررسید بعدی</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>جمع کل (%1)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>دریافت‌شده</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار وصول</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>روز تأخیر</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::OptionPointsModel</name>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (حذف‌شده)</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>گزینه</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::OverrideScoreDialog</name>
    <message>
        <source>Set score by hand</source>
        <translation>تعیین امتیاز دستی</translation>
    </message>
    <message>
        <source>Why, e.g. the CEO asked for a demo</source>
        <translation>دلیل، مثلاً مدیرعامل درخواست نمایش محصول داده است</translation>
    </message>
    <message>
        <source>The computed score is %1. The score set here is shown and queued instead until you clear it; the breakdown keeps the computed points.</source>
        <translation>امتیاز محاسبه‌شده %1 است. امتیازی که اینجا تعیین می‌کنید تا وقتی آن را پاک نکنید به‌جای آن نمایش داده می‌شود و در صف قرار می‌گیرد؛ ریز امتیاز همان امتیازهای محاسبه‌شده را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Set score</source>
        <translation>تعیین امتیاز</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>تکرار</translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it somewhere safe. Nobody can open the encrypted backups without it: a lost passphrase means lost backups.</source>
        <translation>عبارت عبور را یادداشت کنید و در جای امنی نگه دارید. بدون آن هیچ‌کس نمی‌تواند نسخه‌های پشتیبان رمزگذاری‌شده را باز کند: گم شدن عبارت عبور یعنی از دست رفتن نسخه‌های پشتیبان.</translation>
    </message>
    <message>
        <source>Use a long passphrase: several words are easier to remember than symbols.</source>
        <translation>از عبارت عبور بلند استفاده کنید: به خاطر سپردن چند کلمه از نمادها آسان‌تر است.</translation>
    </message>
    <message>
        <source>Strength: weak. Anyone with the backup file could guess it.</source>
        <translation>قدرت: ضعیف. هر کسی که فایل پشتیبان را داشته باشد می‌تواند آن را حدس بزند.</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words would make it strong.</source>
        <translation>قدرت: متوسط. چند کلمهٔ دیگر آن را قوی می‌کند.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>قدرت: قوی.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>دو عبارت عبور یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::PasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>گذرواژهٔ فعلی</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>گذرواژهٔ جدید</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>تکرار گذرواژهٔ جدید</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>دو گذرواژهٔ جدید با هم فرق دارند؛ یک گذرواژه را دو بار وارد کنید.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::PaymentListModel</name>
    <message>
        <source>terminal %1</source>
        <translation>پایانهٔ %1</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>پیگیری %1</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>کارت %1</translation>
    </message>
    <message>
        <source>bank %1</source>
        <translation>بانک %1</translation>
    </message>
    <message>
        <source>to account %1</source>
        <translation>به حساب %1</translation>
    </message>
    <message>
        <source>slip %1</source>
        <translation>فیش %1</translation>
    </message>
    <message>
        <source>from card %1</source>
        <translation>از کارت %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>به %1</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>شمارهٔ مرجع %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>سررسید %1</translation>
    </message>
    <message>
        <source>paid by %1</source>
        <translation>واریزکننده: %1</translation>
    </message>
    <message>
        <source>settled %1</source>
        <translation>تسویه‌شده در %1</translation>
    </message>
    <message>
        <source>on account</source>
        <translation>علی‌الحساب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>مبلغ (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::PaymentRatingBadge</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No record yet</source>
        <translation>هنوز سابقه‌ای نیست</translation>
    </message>
    <message>
        <source>None of this customer's instalments, cheques or credit promises has fallen due yet.</source>
        <translation>هنوز سررسید هیچ‌یک از اقساط، چک‌ها یا وعده‌های پرداخت این مشتری نرسیده است.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>rating badge, its description</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::PaymentReminderModel</name>
    <message>
        <source>today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 روز دیگر</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>۱ روز تأخیر</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 روز تأخیر</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>date (in 3 days)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>مبلغ (%1)</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::PaymentReminderService</name>
    <message>
        <source>…and 1 more</source>
        <translation>…و ۱ مورد دیگر</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…و %1 مورد دیگر</translation>
    </message>
    <message>
        <source>1 payment falls due soon</source>
        <translation>سررسید ۱ پرداخت نزدیک است</translation>
    </message>
    <message>
        <source>%1 payments fall due soon</source>
        <translation>سررسید %1 پرداخت نزدیک است</translation>
    </message>
    <message>
        <source>Payments: %1 due soon, %2 overdue</source>
        <translation>پرداخت‌ها: %1 با سررسید نزدیک، %2 سررسیدگذشته</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::PaymentReminderSettings</name>
    <message>
        <source>Payment reminders</source>
        <translation>یادآوری پرداخت‌ها</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> روز پیش از سررسید</translation>
    </message>
    <message>
        <source>Cheques, instalments and credit promises due within this many days, and pre-invoices expiring within them, are shown in Today and in the daily notification.</source>
        <translation>چک‌ها، اقساط و وعده‌های پرداختی که در این تعداد روز سررسید می‌شوند، و پیش‌فاکتورهایی که اعتبارشان در همین مدت به پایان می‌رسد، در «امروز» و در اعلان روزانه نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Overdue payments are always shown.</source>
        <translation>پرداخت‌های سررسیدگذشته همیشه نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <source>Payment reminders: 1 day ahead</source>
        <translation>یادآوری پرداخت‌ها: ۱ روز پیش از سررسید</translation>
    </message>
    <message>
        <source>Payment reminders: %1 days ahead</source>
        <translation>یادآوری پرداخت‌ها: %1 روز پیش از سررسید</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::PaymentRemindersBox</name>
    <message>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>پرداخت‌ها (%1)</translation>
    </message>
    <message>
        <source>No payments due today and nothing overdue.</source>
        <translation>امروز پرداختی سررسید نمی‌شود و مورد سررسیدگذشته‌ای هم نیست.</translation>
    </message>
    <message>
        <source>No payments due by tomorrow and nothing overdue.</source>
        <translation>تا فردا پرداختی سررسید نمی‌شود و مورد سررسیدگذشته‌ای هم نیست.</translation>
    </message>
    <message>
        <source>No payments due in the next %1 days and nothing overdue.</source>
        <translation>در %1 روز آینده پرداختی سررسید نمی‌شود و مورد سررسیدگذشته‌ای هم نیست.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::PipelineBoard</name>
    <message>
        <source>Deal lost</source>
        <translation>فرصت فروش ازدست‌رفته</translation>
    </message>
    <message>
        <source>Why was the deal lost? (optional)</source>
        <translation>چرا فرصت فروش از دست رفت؟ (اختیاری)</translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>جابه‌جایی فرصت فروش</translation>
    </message>
    <message>
        <source>“%1” moved to %2</source>
        <translation>«%1» به %2 منتقل شد</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>انتقال به</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::PipelinePage</name>
    <message>
        <source>New deal</source>
        <translation>فرصت فروش جدید</translation>
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
        <source>Search deals by title, customer or lead…</source>
        <translation>جستجوی فرصت‌های فروش بر اساس عنوان، مشتری یا سرنخ…</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>تابلو</translation>
    </message>
    <message>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <source>Weighted pipeline value</source>
        <translation>ارزش وزنی مراحل فروش</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>مبلغ باز</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>فرصت‌های فروش باز</translation>
    </message>
    <message>
        <source>No deals yet — add one.</source>
        <translation>هنوز فرصت فروشی ثبت نشده است — یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>Deal added</source>
        <translation>فرصت فروش افزوده شد</translation>
    </message>
    <message>
        <source>Deal saved</source>
        <translation>فرصت فروش ذخیره شد</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>حذف فرصت فروش</translation>
    </message>
    <message>
        <source>Delete the deal “%1”? Its tasks are deleted with it.</source>
        <translation>فرصت فروش «%1» حذف شود؟ کارهای آن هم همراهش حذف می‌شوند.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Deal deleted</source>
        <translation>فرصت فروش حذف شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::PrintOptionsDialog</name>
    <message>
        <source>Print options</source>
        <translation>گزینه‌های چاپ</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <source>No copy label</source>
        <translation>بدون عنوان نسخه</translation>
    </message>
    <message>
        <source>Customer's copy</source>
        <translation>نسخهٔ مشتری</translation>
    </message>
    <message>
        <source>Accounting copy</source>
        <translation>نسخهٔ حسابداری</translation>
    </message>
    <message>
        <source>Archive copy</source>
        <translation>نسخهٔ بایگانی</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>کاغذ:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>جهت کاغذ:</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>عنوان نسخه:</translation>
    </message>
    <message>
        <source>Language of the printout:</source>
        <translation>زبان چاپ:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ProductFormDialog</name>
    <message>
        <source>New product or service</source>
        <translation>کالا یا خدمت جدید</translation>
    </message>
    <message>
        <source>Edit product or service</source>
        <translation>ویرایش کالا یا خدمت</translation>
    </message>
    <message>
        <source>Optional; unique when given</source>
        <translation>اختیاری؛ در صورت وارد کردن، باید یکتا باشد</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>kilogram</source>
        <translation>کیلوگرم</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>متر</translation>
    </message>
    <message>
        <source>square metre</source>
        <translation>متر مربع</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>لیتر</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>package</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>In Rial</source>
        <translation>به ریال</translation>
    </message>
    <message>
        <source>Exempt from VAT and municipal duty</source>
        <translation>معاف از مالیات بر ارزش افزوده و عوارض</translation>
    </message>
    <message>
        <source>Offered on new documents</source>
        <translation>قابل انتخاب در اسناد جدید</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Unit price (Rial)</source>
        <translation>مبلغ واحد (ریال)</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>%1, that is %2</source>
        <translation>%1، یعنی %2</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ProductImportFlow</name>
    <message>
        <source>Importing products</source>
        <translation>وارد کردن کالاها</translation>
    </message>
    <message>
        <source>Importing line %1 of %2…</source>
        <translation>وارد کردن سطر %1 از %2…</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>وارد کردن کالاها</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv *.txt);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>در حال خواندن فایل…</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>وارد کردن دیگری در حال انجام است.</translation>
    </message>
    <message>
        <source>Import cancelled; the catalog was not changed.</source>
        <translation>وارد کردن لغو شد؛ فهرست کالا و خدمات تغییری نکرد.</translation>
    </message>
    <message>
        <source>Import refused; the catalog was not changed.</source>
        <translation>وارد کردن پذیرفته نشد؛ فهرست کالا و خدمات تغییری نکرد.</translation>
    </message>
    <message>
        <source>Import finished: %1 added, %2 updated.</source>
        <translation>وارد کردن پایان یافت: %1 مورد افزوده و %2 مورد به‌روز شد.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ProductImportResultDialog</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file. Fix them and import the file again.</source>
        <translation><numerusform>چیزی وارد نشد: فایل %n اشکال دارد. آن‌ها را برطرف کنید و فایل را دوباره وارد کنید.</numerusform></translation>
    </message>
    <message>
        <source>Added: %1. Updated: %2.</source>
        <translation>افزوده‌شده: %1. به‌روزشده: %2.</translation>
    </message>
    <message>
        <source>%1 Skipped because of problems: %2 (listed below).</source>
        <translation>%1 کنارگذاشته‌شده به دلیل اشکال: %2 (فهرست آن‌ها در زیر آمده است).</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>وارد کردن پذیرفته نشد</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>وارد کردن پایان یافت</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>اشکال</translation>
    </message>
    <message>
        <source>Import the lines without problems</source>
        <translation>وارد کردن سطرهای بی‌اشکال</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ReceivablesPage</name>
    <message>
        <source>All customers</source>
        <translation>همهٔ مشتریان</translation>
    </message>
    <message>
        <source>Double-click a customer to open their page</source>
        <translation>برای باز کردن صفحهٔ مشتری، روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>Double-click an invoice to open it</source>
        <translation>برای باز کردن فاکتور، روی آن دوبار کلیک کنید</translation>
    </message>
    <message>
        <source>Nobody owes anything: every issued invoice is settled.</source>
        <translation>هیچ مطالبه‌ای نیست: همهٔ فاکتورهای صادرشده تسویه شده‌اند.</translation>
    </message>
    <message>
        <source>Ageing by customer</source>
        <translation>سن مطالبات به تفکیک مشتری</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>فاکتورهای باز</translation>
    </message>
    <message>
        <source>Customers owe %1 in total, of which %2 is not due yet.</source>
        <translation>مطالبات از مشتریان در مجموع %1 است که %2 از آن هنوز سررسید نشده است.</translation>
    </message>
    <message>
        <source>All customers' open invoices</source>
        <translation>فاکتورهای باز همهٔ مشتریان</translation>
    </message>
    <message>
        <source>Open invoices of %1</source>
        <translation>فاکتورهای باز %1</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ReceivePaymentDialog</name>
    <message>
        <source>Receive payment</source>
        <translation>دریافت وجه</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاکتور</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>فاکتور:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>تاریخ صدور:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>جمع کل:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>دریافت‌شده:</translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>در انتظار وصول:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>مانده:</translation>
    </message>
    <message>
        <source>Payment rating:</source>
        <translation>رتبهٔ خوش‌حسابی:</translation>
    </message>
    <message>
        <source>Put what is above the balance on the customer's account</source>
        <translation>مبلغ مازاد بر مانده به‌صورت علی‌الحساب در حساب مشتری ثبت شود</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش پرداخت</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>قسط</translation>
    </message>
    <message>
        <source>Cash received in hand: nothing more to fill in.</source>
        <translation>وجه نقد دریافت شده است؛ مورد دیگری برای تکمیل نیست.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>پایانه</translation>
    </message>
    <message>
        <source>Trace number</source>
        <translation>شمارهٔ پیگیری</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>شمارهٔ کارت</translation>
    </message>
    <message>
        <source>full or masked; only the first six and last four digits are kept</source>
        <translation>کامل یا پوشیده؛ فقط شش رقم اول و چهار رقم آخر نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Destination account</source>
        <translation>حساب مقصد</translation>
    </message>
    <message>
        <source>Slip or tracking number</source>
        <translation>شمارهٔ فیش/پیگیری</translation>
    </message>
    <message>
        <source>Payer name</source>
        <translation>نام واریزکننده</translation>
    </message>
    <message>
        <source>From card</source>
        <translation>از کارت</translation>
    </message>
    <message>
        <source>To card or account</source>
        <translation>به کارت یا حساب</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>شمارهٔ مرجع</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>موعد وعده</translation>
    </message>
    <message>
        <source>A promise to pay by that day; it stays pending until money is received.</source>
        <translation>وعدهٔ پرداخت تا آن روز؛ تا دریافت وجه در انتظار وصول می‌ماند.</translation>
    </message>
    <message>
        <source>Sayad ID</source>
        <translation>شناسهٔ صیادی</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>۱۶ رقم</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>کد شعبه</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>نوع حساب</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>شمارهٔ حساب</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>صادرکننده</translation>
    </message>
    <message>
        <source>Drawer's national ID</source>
        <translation>کد ملی صادرکننده</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Choose the scan of the cheque</source>
        <translation>انتخاب تصویر چک</translation>
    </message>
    <message>
        <source>Scan (optional)</source>
        <translation>تصویر چک (اختیاری)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cheques not cleared yet and open credit promises</source>
        <translation>چک‌های وصول‌نشده و وعده‌های پرداخت باز</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>پیش‌پرداخت</translation>
    </message>
    <message>
        <source>Instalment %1</source>
        <translation>قسط %1</translation>
    </message>
    <message>
        <source>%1, due %2: %3</source>
        <comment>instalment, due date: amount</comment>
        <translation>%1، سررسید %2: %3</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::RecordHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <extracomment>Window title; %1 names the record ("Customer Ali Karimi", "Invoice 1404-12").</extracomment>
        <translation>تاریخچهٔ %1</translation>
    </message>
    <message>
        <source>Search the changes</source>
        <translation>جستجو در تغییرات</translation>
    </message>
    <message>
        <source>No changes are recorded yet.</source>
        <translation>هنوز هیچ تغییری ثبت نشده است.</translation>
    </message>
    <message>
        <source>No changes match “%1”.</source>
        <translation>هیچ تغییری با «%1» مطابقت ندارد.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::RecordHistoryModel</name>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>%1 Rial</source>
        <extracomment>An amount in the change history.</extracomment>
        <translation>%1 ریال</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>مقدار پیشین</translation>
    </message>
    <message>
        <source>After</source>
        <translation>مقدار جدید</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>ثبت‌شده در</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::RejectedRowsModel</name>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ReminderBar</name>
    <message>
        <source>Open tasks</source>
        <translation>کارهای باز</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Reminder: %1 — %2</source>
        <comment>task title — when and what</comment>
        <translation>یادآوری: %1 — %2</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ReminderService</name>
    <message>
        <source>Missed while Peyvand was closed: due %1</source>
        <translation>در زمان بسته بودن پیوند از دست رفت: سررسید %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>سررسید %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>due time, then the subject</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
…and 1 more</source>
        <comment>task titles, one per line</comment>
        <translation>%1
…و ۱ مورد دیگر</translation>
    </message>
    <message>
        <source>%1
…and %2 more</source>
        <comment>task titles, one per line</comment>
        <translation>%1
…و %2 مورد دیگر</translation>
    </message>
    <message>
        <source>%1 tasks are due</source>
        <translation>سررسید %1 کار رسیده است</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ReportPeriodBar</name>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>گروه‌بندی</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Enter the first day of the period.</source>
        <translation>نخستین روز دوره را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the last day of the period.</source>
        <translation>آخرین روز دوره را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ReportView</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>ذخیرهٔ نمودار با قالب PNG…</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>روش محاسبه</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>خروجی XLSX…</translation>
    </message>
    <message>
        <source>Double-click a row to open it.</source>
        <translation>برای باز کردن یک ردیف، روی آن دوبار کلیک کنید.</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>خروجی XLSX</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کتاب کار Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>فایل CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>ذخیرهٔ نمودار با قالب PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>فایل %1 نوشته نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ReportsPage</name>
    <message>
        <source>Sales</source>
        <translation>فروش</translation>
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
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <source>Set targets…</source>
        <translation>تعیین هدف‌ها…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <source>The whole report with its charts, tables and notes as a PDF</source>
        <translation>کل گزارش همراه با نمودارها، جدول‌ها و روش محاسبه در قالب PDF</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>در حال محاسبهٔ گزارش…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>خروجی PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::SalesTargetsDialog</name>
    <message>
        <source>Sales targets</source>
        <translation>هدف‌های فروش</translation>
    </message>
    <message>
        <source>Sales before tax you aim for, in Rial. Leave a field empty for no target.</source>
        <translation>فروش پیش از مالیاتی که هدف گرفته‌اید، به ریال. برای نداشتن هدف، فیلد را خالی بگذارید.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>فصل %1</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ScoreBreakdownModel</name>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>معیار</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ScoreHistoryModel</name>
    <message>
        <source>%1 → %2</source>
        <comment>old score → new score</comment>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>criterion: old points → new points</comment>
        <translation>%1: %2 ← %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Criteria that moved</source>
        <translation>معیارهای تغییرکرده</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ScoringProfileEditor</name>
    <message>
        <source>Qualification</source>
        <translation>واجد شرایط بودن</translation>
    </message>
    <message>
        <source>Leads at or above this score are qualified and enter the priority queue</source>
        <translation>سرنخ‌هایی که امتیازشان برابر یا بیشتر از این مقدار باشد واجد شرایط‌اند و وارد صف اولویت می‌شوند</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>نام الگو</translation>
    </message>
    <message>
        <source>Qualified from</source>
        <translation>واجد شرایط از</translation>
    </message>
    <message>
        <source>Warm from</source>
        <translation>گرم از</translation>
    </message>
    <message>
        <source>Hot from</source>
        <translation>داغ از</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>افزودن پله</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>حذف پله</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>حداکثر</translation>
    </message>
    <message>
        <source>Budget unknown</source>
        <translation>بودجهٔ نامعلوم</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>An interaction this old counts half as much</source>
        <translation>تعاملی با این قدمت نصف اثر دارد</translation>
    </message>
    <message>
        <source>Points per interaction</source>
        <translation>امتیاز هر تعامل</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>نیمه‌عمر</translation>
    </message>
    <message>
        <source>Your own criteria</source>
        <translation>معیارهای خودتان</translation>
    </message>
    <message>
        <source>None yet. Add criteria that fit your business, e.g. company size or region.</source>
        <translation>هنوز معیاری ندارید. معیارهایی متناسب با کسب‌وکار خود اضافه کنید، مثلاً اندازهٔ شرکت یا منطقه.</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>افزودن معیار</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::ScoringSettingsTab</name>
    <message>
        <source>Save and rescore</source>
        <translation>ذخیره و امتیازدهی دوباره</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>لغو تغییرات</translation>
    </message>
    <message>
        <source>Save the profile and rescore every lead with it</source>
        <translation>الگو را ذخیره و همهٔ سرنخ‌ها را با آن دوباره امتیازدهی کنید</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>بازگرداندن به پیش‌فرض‌ها</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>وارد کردن…</translation>
    </message>
    <message>
        <source>Rescore now</source>
        <translation>امتیازدهی دوباره</translation>
    </message>
    <message>
        <source>Rescore every lead with the saved profile</source>
        <translation>همهٔ سرنخ‌ها را با الگوی ذخیره‌شده دوباره امتیازدهی کنید</translation>
    </message>
    <message>
        <source>Rescoring leads</source>
        <translation>امتیازدهی دوبارهٔ سرنخ‌ها</translation>
    </message>
    <message>
        <source>Rescoring lead %1 of %2…</source>
        <translation>امتیازدهی دوبارهٔ سرنخ %1 از %2…</translation>
    </message>
    <message>
        <source>Fix the profile to see how many leads would qualify</source>
        <translation>الگو را اصلاح کنید تا ببینید چند سرنخ واجد شرایط می‌شوند</translation>
    </message>
    <message>
        <source>%1 of %2 open leads would qualify</source>
        <translation>%1 سرنخ از %2 سرنخ باز واجد شرایط می‌شوند</translation>
    </message>
    <message>
        <source>The scoring profile was not saved.</source>
        <translation>الگوی امتیازدهی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Scoring profile saved</source>
        <translation>الگوی امتیازدهی ذخیره شد</translation>
    </message>
    <message>
        <source>Rescoring leads…</source>
        <translation>امتیازدهی دوبارهٔ سرنخ‌ها…</translation>
    </message>
    <message>
        <source>Leads are being rescored already.</source>
        <translation>امتیازدهی دوبارهٔ سرنخ‌ها از قبل در جریان است.</translation>
    </message>
    <message>
        <source>Rescoring cancelled: the leads keep their earlier scores until they are rescored.</source>
        <translation>امتیازدهی دوباره لغو شد: سرنخ‌ها تا امتیازدهی دوباره، امتیازهای قبلی خود را نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Rescored %1 leads: %2 scores changed, %3 qualified</source>
        <translation>%1 سرنخ دوباره امتیازدهی شد: امتیاز %2 سرنخ تغییر کرد و %3 سرنخ واجد شرایط شد</translation>
    </message>
    <message>
        <source>Default profile loaded: save to use it.</source>
        <translation>الگوی پیش‌فرض بارگذاری شد: برای استفاده، آن را ذخیره کنید.</translation>
    </message>
    <message>
        <source>Export scoring profile</source>
        <translation>خروجی گرفتن از الگوی امتیازدهی</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>فایل‌های JSON (*.json)</translation>
    </message>
    <message>
        <source>The profile could not be written to %1: %2</source>
        <translation>الگو در %1 نوشته نشد: %2</translation>
    </message>
    <message>
        <source>Scoring profile exported</source>
        <translation>از الگوی امتیازدهی خروجی گرفته شد</translation>
    </message>
    <message>
        <source>Import scoring profile</source>
        <translation>وارد کردن الگوی امتیازدهی</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>فایل‌های JSON (*.json);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 خوانده نشد: %2</translation>
    </message>
    <message>
        <source>The profile was not imported: %1</source>
        <translation>الگو وارد نشد: %1</translation>
    </message>
    <message>
        <source>Profile imported: check it and save to use it.</source>
        <translation>الگو وارد شد: آن را بررسی و برای استفاده ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::SecuritySettingsTab</name>
    <message>
        <source>Set a password…</source>
        <translation>تعیین گذرواژه…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>تغییر گذرواژه…</translation>
    </message>
    <message>
        <source>Remove password…</source>
        <translation>حذف گذرواژه…</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>اعمال…</translation>
    </message>
    <message>
        <source>Allow exports (customer lists, PDF documents, calendar files, attachments)</source>
        <translation>اجازهٔ خروجی گرفتن (فهرست مشتریان، اسناد PDF، فایل‌های تقویم، پیوست‌ها)</translation>
    </message>
    <message>
        <source>Allow printing</source>
        <translation>اجازهٔ چاپ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>گذرواژهٔ برنامه</translation>
    </message>
    <message>
        <source>Locking, exports and printing</source>
        <translation>قفل، خروجی و چاپ</translation>
    </message>
    <message>
        <source>Lock after being idle for</source>
        <translation>قفل پس از بی‌کاری به مدت</translation>
    </message>
    <message>
        <source>Peyvand asks for the password when it starts and after the idle time below.</source>
        <translation>پیوند هنگام شروع و پس از مدت بی‌کاری زیر، گذرواژه را می‌پرسد.</translation>
    </message>
    <message>
        <source>No password is set: anyone who opens Peyvand on this computer sees its data.</source>
        <translation>گذرواژه‌ای تعیین نشده است: هر کسی که پیوند را روی این رایانه باز کند، داده‌های آن را می‌بیند.</translation>
    </message>
    <message>
        <source>Changing these settings asks for the password.</source>
        <translation>تغییر این تنظیمات به گذرواژه نیاز دارد.</translation>
    </message>
    <message>
        <source>These settings are behind the password: set one first.</source>
        <translation>این تنظیمات با گذرواژه محافظت می‌شوند: ابتدا یک گذرواژه تعیین کنید.</translation>
    </message>
    <message>
        <source>Set the app password</source>
        <translation>تعیین گذرواژهٔ برنامه</translation>
    </message>
    <message>
        <source>Peyvand will ask for this password when it starts and after it has been idle. Keep it somewhere safe: it cannot be recovered.</source>
        <translation>پیوند هنگام شروع و پس از مدتی بی‌کاری این گذرواژه را می‌پرسد. آن را در جای امنی نگه دارید: قابل بازیابی نیست.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>تعیین گذرواژه</translation>
    </message>
    <message>
        <source>The app password is set.</source>
        <translation>گذرواژهٔ برنامه تعیین شد.</translation>
    </message>
    <message>
        <source>Change the app password</source>
        <translation>تغییر گذرواژهٔ برنامه</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>تغییر گذرواژه</translation>
    </message>
    <message>
        <source>The app password is changed.</source>
        <translation>گذرواژهٔ برنامه تغییر کرد.</translation>
    </message>
    <message>
        <source>Remove the app password</source>
        <translation>حذف گذرواژهٔ برنامه</translation>
    </message>
    <message>
        <source>Without a password anyone who opens Peyvand sees its data, and exports and printing are allowed again.</source>
        <translation>بدون گذرواژه، هر کسی که پیوند را باز کند داده‌های آن را می‌بیند و خروجی گرفتن و چاپ دوباره مجاز می‌شوند.</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>حذف گذرواژه</translation>
    </message>
    <message>
        <source>The app password is removed.</source>
        <translation>گذرواژهٔ برنامه حذف شد.</translation>
    </message>
    <message>
        <source>Change the idle time</source>
        <translation>تغییر زمان بی‌کاری</translation>
    </message>
    <message>
        <source>Enter the app password to change this setting.</source>
        <translation>برای تغییر این تنظیم، گذرواژهٔ برنامه را وارد کنید.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>The idle time is changed.</source>
        <translation>زمان بی‌کاری تغییر کرد.</translation>
    </message>
    <message>
        <source>Allow exports</source>
        <translation>اجازهٔ خروجی گرفتن</translation>
    </message>
    <message>
        <source>Turn exports off</source>
        <translation>غیرفعال کردن خروجی گرفتن</translation>
    </message>
    <message>
        <source>Exports are allowed.</source>
        <translation>خروجی گرفتن مجاز است.</translation>
    </message>
    <message>
        <source>Exports are turned off.</source>
        <translation>خروجی گرفتن غیرفعال شد.</translation>
    </message>
    <message>
        <source>Turn printing off</source>
        <translation>غیرفعال کردن چاپ</translation>
    </message>
    <message>
        <source>Printing is allowed.</source>
        <translation>چاپ مجاز است.</translation>
    </message>
    <message>
        <source>Printing is turned off.</source>
        <translation>چاپ غیرفعال شد.</translation>
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
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>لغو تغییرات</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>نرخ‌های مالیات</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation>تنظیمات ذخیره نشد.</translation>
    </message>
    <message>
        <source>Company settings saved</source>
        <translation>تنظیمات شرکت ذخیره شد</translation>
    </message>
    <message>
        <source>Lead scoring</source>
        <translation>امتیازدهی سرنخ‌ها</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>زمینه‌های فعالیت</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>مراحل فروش</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>امنیت</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::StageColumnView</name>
    <message>
        <source>%1 · %2%</source>
        <comment>stage name · its probability in percent</comment>
        <translation>%1 · %2٪</translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation>۱ فرصت فروش</translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation>%1 فرصت فروش</translation>
    </message>
    <message>
        <source>%1 · %2
weighted %3</source>
        <comment>deal count · total amount, weighted amount</comment>
        <translation>%1 · %2
وزنی %3</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::StageDialog</name>
    <message>
        <source>Add a stage</source>
        <translation>افزودن مرحله</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>تغییر مرحله</translation>
    </message>
    <message>
        <source>%</source>
        <comment>suffix of a percentage</comment>
        <translation>٪</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Probability of winning</source>
        <translation>احتمال موفقیت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::StageListModel</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::StagePanel</name>
    <message>
        <source>Add a stage…</source>
        <translation>افزودن مرحله…</translation>
    </message>
    <message>
        <source>Rename or change probability…</source>
        <translation>تغییر نام یا احتمال…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Deals move through these stages from top to bottom; the board shows them as columns. A stage's probability weighs its deals in the pipeline value.</source>
        <translation>فرصت‌های فروش این مراحل را از بالا به پایین طی می‌کنند؛ تابلو آن‌ها را به‌صورت ستون نشان می‌دهد. احتمال هر مرحله، وزن فرصت‌های فروش آن را در ارزش مراحل فروش تعیین می‌کند.</translation>
    </message>
    <message>
        <source>Pipeline stages saved</source>
        <translation>مراحل فروش ذخیره شد</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>حذف مرحله</translation>
    </message>
    <message>
        <source>Remove the stage “%1” from the pipeline?</source>
        <translation>مرحلهٔ «%1» از مراحل فروش حذف شود؟</translation>
    </message>
    <message>
        <source>The stage was not removed.</source>
        <translation>مرحله حذف نشد.</translation>
    </message>
    <message>
        <source>Stage removed</source>
        <translation>مرحله حذف شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::TagsLineEdit</name>
    <message>
        <source>e.g. wholesale, VIP</source>
        <translation>مثلاً عمده‌فروش، VIP</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::TaskFormDialog</name>
    <message>
        <source>New task</source>
        <translation>کار جدید</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>ویرایش کار</translation>
    </message>
    <message>
        <source>e.g. Call about the quote</source>
        <translation>مثلاً تماس دربارهٔ پیش‌فاکتور</translation>
    </message>
    <message>
        <source>at</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>هیچ مورد خاصی</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>deal title — customer</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>About</source>
        <translation>مربوط به</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Enter the day the task is due.</source>
        <translation>روز سررسید کار را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the time as hours and minutes, such as %1.</source>
        <translation>زمان را به‌صورت ساعت و دقیقه وارد کنید، مانند %1.</translation>
    </message>
    <message>
        <source>Pick the customer from the suggestions, or choose “Nothing in particular”.</source>
        <translation>مشتری را از میان پیشنهادها انتخاب کنید یا «هیچ مورد خاصی» را برگزینید.</translation>
    </message>
    <message>
        <source>Pick the lead from the suggestions, or choose “Nothing in particular”.</source>
        <translation>سرنخ را از میان پیشنهادها انتخاب کنید یا «هیچ مورد خاصی» را برگزینید.</translation>
    </message>
    <message>
        <source>Choose an open deal, or choose “Nothing in particular”.</source>
        <translation>یک فرصت فروش باز انتخاب کنید یا «هیچ مورد خاصی» را برگزینید.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::TaskListModel</name>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>About</source>
        <translation>مربوط به</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::TasksPage</name>
    <message>
        <source>New task</source>
        <translation>کار جدید</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>خروجی برای تقویم (.ics)…</translation>
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
        <source>Save the open tasks as an iCalendar file that phone and desktop calendars import</source>
        <translation>کارهای باز را در قالب فایل iCalendar ذخیره کنید تا تقویم‌های تلفن همراه و رایانه آن را وارد کنند</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>کار انجام شد</translation>
    </message>
    <message>
        <source>Task opened again</source>
        <translation>کار دوباره باز شد</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>weekday, date in words</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1: no tasks</source>
        <translation>%1: بدون کار</translation>
    </message>
    <message>
        <source>%1: 1 task</source>
        <translation>%1: ۱ کار</translation>
    </message>
    <message>
        <source>%1: %2 tasks</source>
        <translation>%1: %2 کار</translation>
    </message>
    <message>
        <source>Task added</source>
        <translation>کار افزوده شد</translation>
    </message>
    <message>
        <source>Task saved</source>
        <translation>کار ذخیره شد</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>حذف کار</translation>
    </message>
    <message>
        <source>Delete the task “%1”?</source>
        <translation>کار «%1» حذف شود؟</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation>کار حذف شد</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>خروجی برای تقویم</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>فایل‌های iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>فایل نوشته نشد: %1</translation>
    </message>
    <message>
        <source>1 open task exported to %1</source>
        <translation>۱ کار باز در %1 ذخیره شد</translation>
    </message>
    <message>
        <source>%1 open tasks exported to %2</source>
        <translation>%1 کار باز در %2 ذخیره شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::TaxRateDialog</name>
    <message>
        <source>Add a tax period</source>
        <translation>افزودن دورهٔ مالیاتی</translation>
    </message>
    <message>
        <source>Change tax rates</source>
        <translation>تغییر نرخ‌های مالیات</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>معتبر از</translation>
    </message>
    <message>
        <source>VAT (%)</source>
        <translation>مالیات بر ارزش افزوده (٪)</translation>
    </message>
    <message>
        <source>Municipal duty (%)</source>
        <translation>عوارض (٪)</translation>
    </message>
    <message>
        <source>To move a period to another day, remove it and add a new one.</source>
        <translation>برای انتقال یک دوره به روز دیگر، آن را حذف کنید و دورهٔ تازه‌ای اضافه کنید.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Enter the rate as a percentage, such as %1.</source>
        <translation>نرخ را به‌صورت درصد وارد کنید، مثلاً %1.</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::TaxRateModel</name>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>معتبر از</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>مالیات بر ارزش افزوده</translation>
    </message>
    <message>
        <source>Municipal duty</source>
        <translation>عوارض</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>مجموع</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::TaxRatePanel</name>
    <message>
        <source>Add a period…</source>
        <translation>افزودن دوره…</translation>
    </message>
    <message>
        <source>Change rates…</source>
        <translation>تغییر نرخ‌ها…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>VAT and municipal duty are charged at the rates in force on a document's issue date. Add a period when the rates change.</source>
        <translation>مالیات بر ارزش افزوده و عوارض با نرخ‌های معتبر در تاریخ صدور هر سند محاسبه می‌شوند. هر بار نرخ‌ها تغییر کرد، دورهٔ تازه‌ای اضافه کنید.</translation>
    </message>
    <message>
        <source>Tax rates saved</source>
        <translation>نرخ‌های مالیات ذخیره شد</translation>
    </message>
    <message>
        <source>Remove tax period</source>
        <translation>حذف دورهٔ مالیاتی</translation>
    </message>
    <message>
        <source>Remove the rates in force from %1? Documents already issued keep the tax they were given.</source>
        <translation>نرخ‌های معتبر از %1 حذف شوند؟ اسنادی که پیش‌تر صادر شده‌اند، مالیات تعیین‌شدهٔ خود را نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Tax period removed</source>
        <translation>دورهٔ مالیاتی حذف شد</translation>
    </message>
</context>
<context>
    <name>peyvand::ui::TodayPanel</name>
    <message>
        <source>Nothing due in the next seven days — add a task or a follow-up.</source>
        <translation>در هفت روز آینده سررسیدی نیست — یک کار یا پیگیری اضافه کنید.</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>کار انجام شد</translation>
    </message>
    <message>
        <source>Task opened again</source>
        <translation>کار دوباره باز شد</translation>
    </message>
</context>
</TS>