#include "ImportData.h"

#include <QFile>
#include <QRandomGenerator>

namespace peyvand::bench {

namespace {

const char* const kFirst[] = { "علی", "محمد", "رضا", "حسین", "زهرا", "فاطمه", "مریم", "سارا", "امیر", "مهدی", "نرگس",
                               "کریم", "یاسمن", "پریسا", "حمید", "سعید", "لیلا", "نیما", "مهسا", "آرش", "شیرین",
                               "بهرام", "الهام", "کاوه", "مینا", "یوسف", "هانیه", "پیمان", "سمیرا", "فرهاد", "حسن",
                               "جواد", "مجید", "ناصر", "پروین", "شهلا", "بهاره", "نازنین", "کیان", "آیدا", "رامین",
                               "سینا", "مرتضی", "مصطفی", "ابراهیم", "اسماعیل", "طاهره", "معصومه", "اکرم", "ژاله",
                               "بابک", "داریوش", "کوروش", "فرشته", "نسرین", "هادی", "وحید", "یلدا", "ترانه", "شادی" };
// Family names: a stem and an ending (1,000 of them).
const char* const kStems[] = { "کریم", "محمد", "رضا", "حسین", "احمد", "موسو", "جعفر", "نور", "صادق", "رحیم",
                               "تهران", "کاظم", "میرزا", "قاسم", "یزدان", "شریف", "اکبر", "حیدر", "ملک", "فرهاد",
                               "عباس", "طاهر", "کیان", "بهرام", "زمان", "سلیمان", "یوسف", "امین", "حسن", "نظر",
                               "باقر", "جلال", "کمال", "مهدو", "صفر", "رستم", "داود", "منصور", "شکور", "غفار" };
const char* const kEndings[] = { "ی", "یان", "زاده", "پور", "نیا", "فر", "راد", "لو", "وند", "نژاد", "خانی", "آبادی",
                                 "منش", "کیا", "مقدم", "دوست", "پناه", "نسب", "فرد", "زادگان", "اصل", "وش", "بیگی",
                                 "شاهی", "مهر" };
struct Place {
    const char* city;
    const char* province;
};
const Place kPlaces[] = { { "تهران", "تهران" }, { "اصفهان", "اصفهان" }, { "شیراز", "فارس" }, { "مشهد", "خراسان رضوی" },
                          { "تبریز", "آذربایجان شرقی" }, { "کرج", "البرز" }, { "قم", "قم" }, { "اهواز", "خوزستان" },
                          { "رشت", "گیلان" }, { "کرمان", "کرمان" }, { "یزد", "یزد" }, { "همدان", "همدان" },
                          { "ارومیه", "آذربایجان غربی" }, { "کیش", "هرمزگان" }, { "ساری", "مازندران" } };
const char* const kStreets[] = { "خیابان ولیعصر", "خیابان انقلاب", "بلوار کشاورز", "خیابان آزادی", "خیابان شریعتی",
                                 "بلوار فردوسی", "خیابان امام", "کوچه بهار", "خیابان حافظ", "میدان ونک" };
const char* const kCompanies[] = { "پارس‌تک", "نوآوران", "آریا صنعت", "سپهر", "کاوش", "رایان", "مهر", "بهین", "تجارت نو" };
const char* const kTags[] = { "عمده", "خرده", "وفادار", "جدید", "VIP", "نمایشگاه", "همکار", "پیگیری" };
const char* const kSources[] = { "نمایشگاه", "وب‌سایت", "معرفی", "اینستاگرام", "تماس تلفنی" };
const char* const kNotes[] = { "تماس عصرها", "خرید عمده دارد", "پیش‌فاکتور خواسته", "مشتری خوش‌قول", "چک برگشتی داشته" };
const int kOperators[] = { 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 930, 933, 935, 936, 937, 938, 939, 901, 902, 990 };

template <size_t N>
const char* pick(QRandomGenerator& r, const char* const (&values)[N])
{
    return values[r.bounded(quint32(N))];
}

QByteArray persianDigits(const QByteArray& ascii)
{
    QString out;
    for (char c : ascii)
        out += (c >= '0' && c <= '9') ? QChar(char16_t(0x06F0 + (c - '0'))) : QChar(QLatin1Char(c));
    return out.toUtf8();
}

// A valid national ID (domain.md §1), as 10 digits.
QByteArray nationalId(QRandomGenerator& r)
{
    for (;;) {
        int d[10];
        for (int i = 0; i < 9; ++i)
            d[i] = int(r.bounded(10));
        int s = 0;
        for (int i = 0; i < 9; ++i)
            s += d[i] * (10 - i);
        const int m = s % 11;
        d[9] = m < 2 ? m : 11 - m;
        bool same = true, zeroMiddle = true;
        for (int i = 1; i < 10; ++i)
            same = same && d[i] == d[0];
        for (int i = 3; i <= 8; ++i)
            zeroMiddle = zeroMiddle && d[i] == 0;
        if (same || zeroMiddle)
            continue;
        QByteArray out;
        for (int v : d)
            out += char('0' + v);
        return out;
    }
}

// Arabic Yeh and Kaf, as text typed on an Arabic keyboard layout.
QByteArray arabicLetters(QByteArray text)
{
    QString s = QString::fromUtf8(text);
    s.replace(QChar(0x06CC), QChar(0x064A));
    s.replace(QChar(0x06A9), QChar(0x0643));
    return s.toUtf8();
}

QByteArray quoted(const QByteArray& value)
{
    if (!value.contains(',') && !value.contains('"') && !value.contains('\n'))
        return value;
    QByteArray q = value;
    q.replace("\"", "\"\"");
    return '"' + q + '"';
}

} // namespace

bool writeImportCsv(const QString& path, qint64 rows, quint32 seed, ImportDataStats* stats, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    QRandomGenerator r(seed);
    ImportDataStats s;
    QByteArray out = "\xEF\xBB\xBF";
    out += QStringLiteral("نام,شرکت,موبایل,تلفن,ایمیل,کد ملی,شهر,استان,آدرس,کد پستی,برچسب,منبع,یادداشت\n").toUtf8();
    QList<QByteArray> recentMobiles;
    for (qint64 i = 0; i < rows; ++i) {
        const quint32 roll = r.bounded(1000u);
        QByteArray name = QByteArray(pick(r, kFirst)) + ' ' + pick(r, kFirst) + ' ' + pick(r, kStems) + pick(r, kEndings);
        const Place& place = kPlaces[r.bounded(quint32(std::size(kPlaces)))];
        QByteArray city = place.city;
        if (r.bounded(10u) == 0) {
            name = arabicLetters(name);
            city = arabicLetters(city);
        }
        const QByteArray company = r.bounded(10u) < 3 ? QByteArray("شرکت ") + pick(r, kCompanies) : QByteArray();

        QByteArray national = QByteArray::number(kOperators[r.bounded(quint32(std::size(kOperators)))]).mid(1)
            + QByteArray::number(qint64(r.bounded(10'000'000u))).rightJustified(7, '0');
        QByteArray mobile;
        if (roll < 10 && !recentMobiles.isEmpty()) {
            national = recentMobiles.at(r.bounded(quint32(recentMobiles.size())));
            ++s.duplicates;
        }
        const quint32 form = r.bounded(100u);
        if (form < 65)
            mobile = "09" + national;
        else if (form < 85)
            mobile = "9" + national; // the spreadsheet dropped the leading zero
        else if (form < 92)
            mobile = "+98 9" + national.left(2) + ' ' + national.mid(2, 3) + ' ' + national.mid(5);
        else
            mobile = persianDigits("09" + national);
        if (recentMobiles.size() < 5000)
            recentMobiles << national;
        else
            recentMobiles[r.bounded(5000u)] = national;

        QByteArray nid = r.bounded(4u) == 0 ? nationalId(r) : QByteArray();
        if (nid.startsWith('0') && r.bounded(2u) == 0)
            nid = nid.mid(1); // dropped zero
        if (roll >= 10 && roll < 13) {
            mobile = "12345";
            ++s.invalid;
        } else if (roll >= 13 && roll < 15) {
            nid = "1234567890";
            ++s.invalid;
        }
        const QByteArray phone = r.bounded(5u) == 0 ? "021" + QByteArray::number(qint64(r.bounded(100'000'000u))).rightJustified(8, '0') : QByteArray();
        const QByteArray email = r.bounded(10u) < 3 ? "user" + QByteArray::number(i) + "@example.com" : QByteArray();
        const QByteArray address = r.bounded(10u) < 8
            ? QByteArray(pick(r, kStreets)) + "، پلاک " + QByteArray::number(qint64(r.bounded(200u)) + 1)
            : QByteArray();
        const QByteArray postal = r.bounded(5u) == 0 ? QByteArray::number(qint64(1'000'000'000u + r.bounded(900'000'000u))) : QByteArray();
        QByteArray tags;
        if (r.bounded(10u) < 4) {
            tags = pick(r, kTags);
            if (r.bounded(3u) == 0)
                tags += QByteArray("، ") + pick(r, kTags);
        }
        const QByteArray source = r.bounded(10u) < 3 ? QByteArray(pick(r, kSources)) : QByteArray();
        const QByteArray note = r.bounded(10u) == 0 ? QByteArray(pick(r, kNotes)) : QByteArray();

        for (const QByteArray* cell : std::initializer_list<const QByteArray*> { &name, &company, &mobile, &phone, &email, &nid, &city })
            out += quoted(*cell) + ',';
        for (const QByteArray& cell : { QByteArray(place.province), address, postal, tags, source })
            out += quoted(cell) + ',';
        out += quoted(note) + '\n';
        if (out.size() > (1 << 20)) {
            if (file.write(out) != out.size()) {
                *error = file.errorString();
                return false;
            }
            s.bytes += out.size();
            out.clear();
        }
        ++s.rows;
    }
    if (file.write(out) != out.size()) {
        *error = file.errorString();
        return false;
    }
    s.bytes += out.size();
    if (stats)
        *stats = s;
    return true;
}

} // namespace peyvand::bench
