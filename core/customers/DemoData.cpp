#include "DemoData.h"

#include "CustomerService.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <random>

namespace peyvand::customers {

namespace {

QStringList list(const char* words)
{
    return QString::fromUtf8(words).split(u'|');
}

struct Vocabulary {
    QStringList maleNames = list("محمد|علی|حسین|رضا|مهدی|امیر|سعید|حمید|مجید|احمد|جواد|مصطفی|حسن|کریم|یوسف|بهرام|داریوش|"
                                 "کامران|فرهاد|پویا|آرش|سینا|میلاد|بابک|محمدرضا|علیرضا|امیرحسین|کیوان|شهرام|نیما");
    QStringList femaleNames = list("فاطمه|زهرا|مریم|سارا|نرگس|لیلا|مینا|شیرین|الهام|نازنین|پریسا|سمیرا|آزاده|نگار|مهسا|"
                                   "رویا|ژاله|گلناز|فرشته|طاهره|سپیده|کیمیا|هانیه|یاسمن");
    QStringList surnames = list("محمدی|احمدی|حسینی|رضایی|کریمی|موسوی|جعفری|قاسمی|صادقی|هاشمی|رحیمی|نوری|کاظمی|ابراهیمی|"
                                "یزدانی|شریفی|طاهری|زارعی|اکبری|مرادی|باقری|تهرانی|شیرازی|اصفهانی|پورمحمدی|نیک‌نام|خسروی|"
                                "فرهادی|سلطانی|عباسی|قربانی|میرزایی|ملکی|کیانی|بهرامی|صفایی|نجفی|جهانگیری|رستمی|افشار");
    QStringList companyKinds = list("شرکت|فروشگاه|کارگاه|گروه|صنایع|بازرگانی|مؤسسه|دفتر فنی");
    QStringList companyNames = list("پارس|نوآوران|سپهر|آفتاب|مهرگان|آتیه|پیشرو|دانا|رایان|فن‌آوران|صبا|تدبیر|آسمان|"
                                    "کیان|البرز|زاگرس|نگین|ستاره|بهار|افق|آریان|پرشین|توس|سامان");
    QStringList companySuffixes = list("|تجارت|الکترونیک|صنعت|گستر|سازه|رایانه|پخش|طب|نوین|شبکه");
    QStringList cities = list("تهران|مشهد|اصفهان|شیراز|تبریز|کرج|قم|اهواز|کرمانشاه|رشت|یزد|کرمان|همدان|ارومیه|ساری|"
                              "زنجان|قزوین|بندرعباس|اراک|گرگان");
    QStringList provinces = list("تهران|خراسان رضوی|اصفهان|فارس|آذربایجان شرقی|البرز|قم|خوزستان|کرمانشاه|گیلان|یزد|"
                                 "کرمان|همدان|آذربایجان غربی|مازندران|زنجان|قزوین|هرمزگان|مرکزی|گلستان");
    QStringList streets = list("خیابان ولیعصر|خیابان انقلاب|بلوار کشاورز|خیابان آزادی|میدان ونک|خیابان شریعتی|"
                               "بلوار فردوس|خیابان امام خمینی|خیابان مطهری|بلوار جمهوری");
    QStringList sources = list("وب‌سایت|معرفی دوستان|اینستاگرام|نمایشگاه|تبلیغات|تماس تلفنی|مراجعه حضوری|تلگرام");
    QStringList tags = list("عمده‌فروش|خرده‌فروش|VIP|وفادار|جدید|پیگیری|همکار|بدحساب|پروژه‌ای|دولتی");
    QStringList notes = list("مشتری خوش‌قول است؛ صبح‌ها تماس بگیرید.|از قیمت‌ها ناراضی بود، احتمالاً تخفیف می‌خواهد.|"
                             "برای خرید عمده در پایان فصل برنامه دارد.|حوصله تماس‌های طولانی را ندارد، کوتاه و دقیق صحبت کنید.|"
                             "بسیار راضی بود و ما را به همکارش معرفی کرد.|پرداخت‌هایش معمولاً با چک سه‌ماهه است.");
    QStringList summaries = list("تماس برای پیگیری پیش‌فاکتور|جلسه معرفی محصولات جدید|درخواست کاتالوگ و لیست قیمت|"
                                 "پیگیری پرداخت قسط|شکایت از تأخیر در ارسال|هماهنگی زمان نصب|سؤال درباره گارانتی");
    QStringList outcomes = list("قرار شد هفته بعد تماس بگیریم|پیش‌فاکتور ارسال شد|منتظر تأیید مدیرشان است|مشکل حل شد|");
};

// Spreadsheets from older Windows systems type Arabic Yeh and Kaf.
QString withArabicVariants(QString text)
{
    text.replace(QChar(0x06CC), QChar(0x064A));
    text.replace(QChar(0x06A9), QChar(0x0643));
    return text;
}

QString toPersianDigitsLocal(const QString& ascii)
{
    QString out = ascii;
    for (QChar& c : out) {
        if (c >= u'0' && c <= u'9')
            c = QChar(0x06F0 + (c.unicode() - u'0'));
    }
    return out;
}

QString validNationalId(std::mt19937& rng)
{
    std::uniform_int_distribution<int> digit(0, 9);
    for (;;) {
        QString id;
        int sum = 0;
        for (int i = 0; i < 9; ++i) {
            const int d = digit(rng);
            id += QChar(u'0' + d);
            sum += d * (10 - i);
        }
        const int r = sum % 11;
        const int check = r < 2 ? r : 11 - r;
        id += QChar(u'0' + check);
        if (id.mid(3, 6) != QLatin1String("000000") && id.count(id.at(0)) != 10)
            return id;
    }
}

class Generator {
public:
    explicit Generator(quint32 seed) : m_rng(seed) { }

    const QString& pick(const QStringList& from) { return from.at(uniform(0, int(from.size()) - 1)); }
    int uniform(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    bool chance(int percent) { return uniform(1, 100) <= percent; }
    std::mt19937& rng() { return m_rng; }

    Customer customer(qint64 n, QDate today)
    {
        Customer c;
        const bool company = chance(25);
        const int place = uniform(0, int(m_words.cities.size()) - 1);
        if (company) {
            c.kind = CustomerKind::Company;
            c.name = pick(m_words.companyKinds) + u' ' + pick(m_words.companyNames);
            const QString suffix = pick(m_words.companySuffixes);
            if (!suffix.isEmpty())
                c.name += u' ' + suffix;
        } else {
            const bool female = chance(45);
            c.name = pick(female ? m_words.femaleNames : m_words.maleNames) + u' ' + pick(m_words.surnames);
            if (chance(40))
                c.company = pick(m_words.companyKinds) + u' ' + pick(m_words.companyNames);
            if (chance(60))
                c.nationalId = validNationalId(m_rng);
        }
        if (chance(12))
            c.name = withArabicVariants(c.name);
        QString mobile = QStringLiteral("09%1%2").arg(pick(m_mobilePrefixes)).arg(uniform(0, 9999999), 7, 10, QLatin1Char('0'));
        if (chance(10))
            mobile = QStringLiteral("+98") + mobile.mid(1);
        if (chance(20))
            mobile = toPersianDigitsLocal(mobile);
        c.mobile = mobile;
        if (chance(30))
            c.otherPhones << QStringLiteral("0%1%2").arg(uniform(11, 87)).arg(uniform(10000000, 99999999));
        if (chance(35))
            c.email = QStringLiteral("customer%1@example.ir").arg(n);
        c.city = m_words.cities.at(place);
        c.province = m_words.provinces.at(place);
        if (chance(50))
            c.address = pick(m_words.streets) + QStringLiteral("، پلاک ") + QString::number(uniform(1, 250));
        c.source = pick(m_words.sources);
        const int tagCount = uniform(0, 2);
        for (int i = 0; i < tagCount; ++i)
            c.tags << pick(m_words.tags);
        c.since = today.addDays(-uniform(0, 5 * 365));
        return c;
    }

    const Vocabulary& words() const { return m_words; }

private:
    std::mt19937 m_rng;
    Vocabulary m_words;
    QStringList m_mobilePrefixes = list("12|13|14|15|16|17|18|19|10|01|02|03|05|30|33|35|36|37|38|39|90|91|92|93|94|20|21");
};

Status addActivity(CustomerService& service, Generator& gen, qint64 customerId, const QDateTime& now)
{
    const int notes = gen.uniform(0, 2);
    for (int i = 0; i < notes; ++i) {
        auto note = service.addNote(customerId, gen.pick(gen.words().notes), now.addDays(-gen.uniform(1, 400)));
        if (!note)
            return note.error();
    }
    const int interactions = gen.uniform(0, 4);
    const auto channels = allInteractionChannels();
    for (int i = 0; i < interactions; ++i) {
        Interaction it;
        it.customerId = customerId;
        it.at = now.addSecs(-qint64(gen.uniform(3600, 300 * 86400)));
        it.channel = channels.at(gen.uniform(0, int(channels.size()) - 1));
        it.direction = gen.chance(60) ? Direction::Outbound : Direction::Inbound;
        it.contactPerson = gen.pick(gen.words().maleNames) + u' ' + gen.pick(gen.words().surnames);
        it.summary = gen.pick(gen.words().summaries);
        it.outcome = gen.pick(gen.words().outcomes);
        if (gen.chance(30))
            it.followUp = now.date().addDays(gen.uniform(-5, 20));
        auto logged = service.logInteraction(it);
        if (!logged)
            return logged.error();
    }
    return {};
}

} // namespace

Result<qint64> generateDemoCustomers(storage::Database& db, const DemoDataOptions& options)
{
    Generator gen(options.seed);
    CustomerService service(db, *options.clock);
    const QDateTime now = options.clock->nowUtc();
    const QDate today = now.toLocalTime().date();
    qint64 written = 0;
    Status s = db.write([&]() -> Status {
        for (qint64 n = 1; n <= options.customers; ++n) {
            auto created = service.create(gen.customer(n, today));
            if (!created)
                return created.error();
            if (options.withNotesAndInteractions) {
                if (auto a = addActivity(service, gen, created->id, now); !a)
                    return a;
            }
            ++written;
            if (options.progress && (n % 1000 == 0 || n == options.customers) && !options.progress(n)) {
                return Error::make(ErrorCode::Cancelled, QCoreApplication::translate("Customers", "Creating demo data was cancelled."));
            }
        }
        return {};
    });
    if (!s)
        return s.error();
    return written;
}

} // namespace peyvand::customers
