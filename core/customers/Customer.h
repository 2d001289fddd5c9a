#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peyvand::customers {

enum class CustomerKind { Person, Company };

// How the customer prefers to be contacted.
enum class ContactChannel { Unspecified, Phone, Mobile, Sms, Email, WhatsApp, Telegram, Instagram, InPerson };

// Channel of a logged interaction.
enum class InteractionChannel { Phone, Email, Meeting, Chat, Social, Sms, InPerson };

enum class Direction { Outbound, Inbound };

// All text fields hold the storage form (normalised, ASCII digits) once they
// have passed CustomerValidator; empty strings mean "not given".
struct Customer {
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Person;
    QString name;               // person's full name, or the company's name
    QString company;            // where a person works (empty for companies)
    QString nationalId;         // کد ملی, 10 digits (persons)
    QString legalId;            // شناسه ملی, 11 digits (companies)
    QString economicCode;       // کد اقتصادی
    QString registrationNumber; // شماره ثبت, free text
    QString mobile;             // 09XXXXXXXXX
    QStringList otherPhones;    // digits, optional leading '+'
    QString email;
    QString website;
    QString instagram;
    QString telegram;
    QString whatsapp;
    QString linkedin;
    ContactChannel preferredChannel = ContactChannel::Unspecified;
    QString address;
    QString city;
    QString province;
    QString postalCode;         // 10 digits
    QString source;             // how they found us
    QStringList tags;
    QDate since;                // customer since (defaults to the day of creation)
    bool archived = false;
    QDateTime createdAt;        // UTC
    QDateTime updatedAt;        // UTC
};

// A dated free-text note: the customer's mood, how to approach them.
struct Note {
    qint64 id = 0;
    qint64 customerId = 0;
    QDateTime at; // UTC
    QString text;
};

struct Interaction {
    qint64 id = 0;
    qint64 customerId = 0;
    QDateTime at; // UTC
    InteractionChannel channel = InteractionChannel::Phone;
    Direction direction = Direction::Outbound;
    QString contactPerson; // with whom (on the customer's side)
    QString summary;
    QString outcome;
    QDate followUp;        // invalid when none
};

// The 360° view of one customer. Purchases come from the invoices; payments
// are filled in by the payments area once it exists.
struct CustomerSummary {
    qint64 customerId = 0;
    QDate since;
    int interactionCount = 0;
    int noteCount = 0;
    std::optional<Interaction> lastInteraction;
    QDate nextFollowUp; // earliest follow-up date on or after today, invalid when none
    int purchaseCount = 0;       // issued and settled invoices
    qint64 lifetimeValueRial = 0; // their grand totals
    qint64 openBalanceRial = 0;   // issued invoices not yet settled
    QDate lastPurchase;          // issue date of the latest invoice, invalid when none
};

// Stable keys used in the database, JSON and on the command line.
QString toKey(CustomerKind kind);
QString toKey(ContactChannel channel);
QString toKey(InteractionChannel channel);
QString toKey(Direction direction);
std::optional<CustomerKind> customerKindFromKey(QStringView key);
std::optional<ContactChannel> contactChannelFromKey(QStringView key);
std::optional<InteractionChannel> interactionChannelFromKey(QStringView key);
std::optional<Direction> directionFromKey(QStringView key);

// Translated names for display (context "Customers").
QString displayName(CustomerKind kind);
QString displayName(ContactChannel channel);
QString displayName(InteractionChannel channel);
QString displayName(Direction direction);
QList<ContactChannel> allContactChannels();
QList<InteractionChannel> allInteractionChannels();

} // namespace peyvand::customers
