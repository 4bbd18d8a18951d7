#include "simulatorwords.h"

#include <array>

namespace Linkwright::SimulatorWords {

namespace {

// Word lists are plain arrays of UTF-8 literals: they are data, shown as record content and
// never as interface text, so they stay out of the translation catalogue on purpose.
constexpr std::array DeskNouns{"Desk", "Standing Desk", "Corner Desk", "Writing Table"};
constexpr std::array ChairNouns{"Task Chair", "Meeting Chair", "Stool", "Lounge Chair"};
constexpr std::array LampNouns{"Desk Lamp", "Floor Lamp", "Pendant Light", "Wall Light"};
constexpr std::array ShelfNouns{"Bookcase", "Shelf Unit", "Wall Shelf", "Cabinet"};
constexpr std::array BoxNouns{"Storage Box", "Archive Box", "Drawer Insert", "Document Tray"};
constexpr std::array PaperNouns{"Notebook", "Copy Paper", "Sticky Notes", "Planner"};
constexpr std::array GadgetNouns{"USB-C Hub", "Monitor Arm", "Cable Tray", "Laptop Stand"};
constexpr std::array KitchenNouns{"Coffee Mug", "Espresso Cups", "Thermos", "Water Carafe"};

const std::array<ProductFamily, 8> Families{{
    {"Office/Desks", DeskNouns, "pcs", 14000, 48000, 14900, 89900},
    {"Office/Chairs", ChairNouns, "pcs", 5000, 21000, 5900, 49900},
    {"Lighting/Lamps", LampNouns, "pcs", 700, 6500, 1990, 24900},
    {"Storage/Shelving", ShelfNouns, "pcs", 4000, 42000, 2990, 39900},
    {"Storage/Boxes", BoxNouns, "box", 300, 3200, 490, 3990},
    {"Supplies/Paper", PaperNouns, "pack", 100, 2500, 190, 2490},
    {"Electronics/Accessories", GadgetNouns, "pcs", 100, 5200, 990, 18900},
    {"Kitchen/Coffee", KitchenNouns, "set", 250, 2400, 690, 5990},
}};

constexpr std::array DeCities{"Berlin", "Hamburg", "München", "Köln", "Leipzig"};
constexpr std::array DePostal{"10115", "20095", "80331", "50667", "04109"};
constexpr std::array DeStreets{"Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee", "Schillerstraße"};
constexpr std::array DkCities{"København", "Aarhus", "Odense", "Aalborg", "Esbjerg"};
constexpr std::array DkPostal{"1050", "8000", "5000", "9000", "6700"};
constexpr std::array DkStreets{"Nørregade", "Vestergade", "Østerbrogade", "Søndergade", "Strandvejen"};
constexpr std::array NlCities{"Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Groningen"};
constexpr std::array NlPostal{"1011 AB", "3511 CE", "3011 AD", "5611 AZ", "9711 LM"};
constexpr std::array NlStreets{"Keizersgracht", "Oudegracht", "Coolsingel", "Stratumseind", "Herestraat"};
constexpr std::array AtCities{"Wien", "Graz", "Linz", "Salzburg", "Innsbruck"};
constexpr std::array AtPostal{"1010", "8010", "4020", "5020", "6020"};
constexpr std::array AtStreets{"Ringstraße", "Herrengasse", "Landstraße", "Getreidegasse", "Maria-Theresien-Straße"};

const std::array<Country, 4> Countries{{
    {"DE", "GmbH", "+49", "de", "EUR", 19, DeCities, DePostal, DeStreets},
    {"DK", "ApS", "+45", "da", "DKK", 25, DkCities, DkPostal, DkStreets},
    {"NL", "B.V.", "+31", "nl", "EUR", 21, NlCities, NlPostal, NlStreets},
    {"AT", "GmbH", "+43", "de", "EUR", 20, AtCities, AtPostal, AtStreets},
}};

constexpr std::array Series{"Nordic", "Atlas", "Linea", "Vega", "Oslo", "Aero", "Terra", "Pixel", "Cobalt", "Harbor"};
constexpr std::array Materials{"Oak", "Walnut", "Steel", "Bamboo", "Birch", "Aluminium", "Recycled", "Ash"};
constexpr std::array Features{
    "Tested for daily use in busy offices.",
    "Ships flat-packed with tools included.",
    "Made from FSC-certified materials.",
    "Five-year manufacturer warranty.",
    "Easy to clean and fully recyclable.",
    "Designed in Copenhagen, assembled in Europe.",
};
constexpr std::array Colours{"Black", "White", "Grey", "Blue", "Green", "Sand"};
constexpr std::array Sizes{"S", "M", "L", "XL"};
constexpr std::array Warehouses{"MAIN", "NORTH", "SOUTH"};
constexpr std::array FirstNames{"Anna", "Lukas", "Sofie", "Mads", "Emma", "Jonas", "Freja", "Noah", "Lena", "Daan",
    "Mia", "Felix", "Ida", "Sem", "Clara", "Elias"};
constexpr std::array LastNames{"Berger", "Jensen", "de Vries", "Huber", "Nielsen", "Schmidt", "Bakker", "Larsen",
    "Wagner", "Visser", "Hansen", "Fischer", "Mulder", "Gruber"};
constexpr std::array Trades{
    "Office Supplies", "Interiors", "Facility Services", "Design Studio", "Consulting", "Architects", "Workspace"};
constexpr std::array Carriers{"DHL", "GLS", "PostNord", "DPD", "UPS"};

} // namespace

std::span<const ProductFamily> productFamilies()
{
    return Families;
}

std::span<const Country> countries()
{
    return Countries;
}

std::span<const char *const> seriesNames()
{
    return Series;
}

std::span<const char *const> materials()
{
    return Materials;
}

std::span<const char *const> features()
{
    return Features;
}

std::span<const char *const> colours()
{
    return Colours;
}

std::span<const char *const> sizes()
{
    return Sizes;
}

std::span<const char *const> warehouses()
{
    return Warehouses;
}

std::span<const char *const> firstNames()
{
    return FirstNames;
}

std::span<const char *const> lastNames()
{
    return LastNames;
}

std::span<const char *const> trades()
{
    return Trades;
}

std::span<const char *const> carriers()
{
    return Carriers;
}

int between(QRandomGenerator &rng, int lowest, int highest)
{
    return rng.bounded(lowest, highest + 1);
}

bool chance(QRandomGenerator &rng, int percent)
{
    return rng.bounded(100) < percent;
}

QString decimal(qint64 units, int scale)
{
    qint64 divisor = 1;
    for (int i = 0; i < scale; ++i)
        divisor *= 10;
    const bool negative = units < 0;
    const qint64 magnitude = negative ? -units : units;
    QString text = QString::number(magnitude / divisor);
    if (scale > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % divisor, scale, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(u'-');
    return text;
}

qint64 percentOf(qint64 cents, int percent)
{
    return (cents * percent + 50) / 100;
}

QString reference(QRandomGenerator &rng, const QString &prefix, int length)
{
    // No 0/O or 1/I: references get read out on the phone.
    static constexpr char Alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out = prefix;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(Alphabet[between(rng, 0, static_cast<int>(sizeof(Alphabet)) - 2)]);
    return out;
}

QString ean13(QRandomGenerator &rng)
{
    // 40-43 is the German GS1 prefix range; plausible for a European wholesaler.
    QString digits = QStringLiteral("4%1").arg(between(rng, 0, 3));
    for (int i = 0; i < 10; ++i)
        digits += QChar(u'0' + between(rng, 0, 9));
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i)
        sum += digits.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    return digits + QChar(u'0' + (10 - sum % 10) % 10);
}

QJsonObject address(QRandomGenerator &rng, const Country &country, const QString &recipient)
{
    const int city = between(rng, 0, static_cast<int>(country.cities.size()) - 1);
    const auto at = static_cast<std::size_t>(city);
    const QString street = pickText(rng, country.streets);
    const int number = between(rng, 1, 180);
    return QJsonObject{
        {QStringLiteral("name"), recipient},
        {QStringLiteral("street"), QString(street + QLatin1Char(' ') + QString::number(number))},
        {QStringLiteral("postalCode"), QString::fromUtf8(country.postalCodes[at])},
        {QStringLiteral("city"), QString::fromUtf8(country.cities[at])},
        {QStringLiteral("country"), QString::fromLatin1(country.code)},
    };
}

QString slug(const QString &text)
{
    const QString plain = text.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : plain) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if ((c.isSpace() || c == u'-' || c == u'.') && !out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace Linkwright::SimulatorWords
