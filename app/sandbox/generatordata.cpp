// SPDX-License-Identifier: MIT
#include "generatordata.h"

namespace GeneratorData {

const QStringList &firstNames()
{
    static const QStringList names
        = QStringLiteral("Olivia Liam Emma Noah Amelia Oliver Sophia Elijah Mia Lucas Charlotte "
                         "Mateo Ava Leon "
                         "Isabella Hugo Léa Jules Chloé Louis Hannah Felix Lena Jonas Marie Paul "
                         "Sofia Luca Giulia "
                         "Alessandro Lucía Hugo Martina Pablo Valentina Miguel Ana João Beatriz "
                         "Gabriel Yuki Haruto "
                         "Sakura Ren Aarav Ananya Vivaan Diya Aiden Zoe Ethan Grace Jack Ruby Liam "
                         "Ingrid Lars "
                         "Astrid Sven Amira Omar Fatima Chen Wei Mei Jin")
              .split(u' ');
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names
        = QStringLiteral(
              "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Müller "
              "Schmidt "
              "Schneider Fischer Weber Meyer Martin Bernard Dubois Thomas Robert Richard Rossi "
              "Russo "
              "Ferrari Esposito Bianchi García Fernández López González Silva Santos Oliveira "
              "Souza "
              "Sato Suzuki Takahashi Tanaka Patel Sharma Singh Kumar Wilson Taylor Anderson Moore "
              "Jackson White Harris Clark Lewis Walker Hall Young King Wright Scott Green Baker "
              "Nelson Carter Mitchell Roberts Nguyen Kim Lee O'Brien")
              .split(u' ');
    return names;
}

const QStringList &domains()
{
    static const QStringList names
        = QStringLiteral(
              "gmail.com yahoo.com outlook.com hotmail.com icloud.com proton.me gmx.de web.de "
              "orange.fr "
              "free.fr libero.it yahoo.co.jp uol.com.br rediffmail.com example.com acme.io "
              "northwind.example globex.example initech.example umbrella.example")
              .split(u' ');
    return names;
}

const QStringList &streets()
{
    static const QStringList names
        = QStringLiteral(
              "Main Street|Oak Avenue|Hauptstraße|Rue de la Paix|Via Roma|Calle Mayor|Rua Augusta|"
              "High Street|King Street|Elm Road|Park Lane|Bahnhofstraße|Avenue Foch|Gran Vía|"
              "Queen Street|Maple Drive")
              .split(u'|');
    return names;
}

const QList<Place> &places()
{
    static const QList<Place> list = {{"New York", "NY", "United States"},
                                      {"Chicago", "IL", "United States"},
                                      {"Austin", "TX", "United States"},
                                      {"Seattle", "WA", "United States"},
                                      {"Denver", "CO", "United States"},
                                      {"San Francisco", "CA", "United States"},
                                      {"Berlin", "Berlin", "Germany"},
                                      {"München", "Bayern", "Germany"},
                                      {"Hamburg", "Hamburg", "Germany"},
                                      {"Köln", "Nordrhein-Westfalen", "Germany"},
                                      {"Paris", "Île-de-France", "France"},
                                      {"Lyon", "Auvergne-Rhône-Alpes", "France"},
                                      {"London", "England", "United Kingdom"},
                                      {"Manchester", "England", "United Kingdom"},
                                      {"Edinburgh", "Scotland", "United Kingdom"},
                                      {"Madrid", "Madrid", "Spain"},
                                      {"Barcelona", "Cataluña", "Spain"},
                                      {"Sevilla", "Andalucía", "Spain"},
                                      {"São Paulo", "SP", "Brazil"},
                                      {"Rio de Janeiro", "RJ", "Brazil"},
                                      {"Tokyo", "Tokyo", "Japan"},
                                      {"Osaka", "Osaka", "Japan"},
                                      {"Mumbai", "Maharashtra", "India"},
                                      {"Bengaluru", "Karnataka", "India"},
                                      {"Toronto", "Ontario", "Canada"},
                                      {"Montréal", "Québec", "Canada"},
                                      {"Sydney", "NSW", "Australia"},
                                      {"Melbourne", "VIC", "Australia"},
                                      {"Ciudad de México", "CDMX", "Mexico"},
                                      {"Amsterdam", "Noord-Holland", "Netherlands"},
                                      {"Rotterdam", "Zuid-Holland", "Netherlands"},
                                      {"Roma", "Lazio", "Italy"}};
    return list;
}

const QStringList &listNames()
{
    static const QStringList names
        = {"Newsletter", "Customers",       "Trial users", "Webinar attendees",
           "VIP",        "Product updates", "Partners",    "Event leads"};
    return names;
}

const QList<std::pair<QString, QString>> &customFields()
{
    static const QList<std::pair<QString, QString>> fields
        = {{"plan_tier", "Text"},        {"favorite_category", "Text"},
           {"lifetime_value", "Number"}, {"loyalty_points", "Number"},
           {"birthday", "Date"},         {"last_purchase_date", "Date"}};
    return fields;
}

const QStringList &planTiers()
{
    static const QStringList names = {"free", "starter", "pro", "enterprise"};
    return names;
}

const QStringList &categories()
{
    static const QStringList names = {"books", "outdoor", "electronics", "fashion", "home", "toys"};
    return names;
}

QList<std::tuple<QString, QString, QString>> starterSegments(const QStringList &listIds)
{
    const QString head = QStringLiteral("SELECT contact_id, updated_at FROM contact_data WHERE ");
    const QString joined = QStringLiteral(
        "SELECT c.contact_id, c.updated_at FROM contact_data AS c JOIN event_data AS e "
        "ON c.contact_id = e.contact_id WHERE ");
    return {{"Gmail readers", head + "email LIKE '%@gmail.com'", ""},
            {"Germany", head + "country = 'Germany'", ""},
            {"VIP list", head + "array_contains(list_ids, '" + listIds.at(4) + "')", ""},
            {"High lifetime value", head + "lifetime_value > 800", ""},
            {"Pro and enterprise plans", head + "plan_tier IN ('pro', 'enterprise')", ""},
            {"Opened in the last 30 days",
             joined
                 + "e.event_source = 'mail' AND e.event_type = 'open' "
                   "AND e.event_timestamp >= NOW() - INTERVAL 30 DAY",
             ""},
            {"Clicked, still subscribed",
             joined
                 + "e.event_type = 'click' AND c.contact_id NOT IN (SELECT e2.contact_id FROM "
                   "event_data AS e2 WHERE e2.event_type = 'unsubscribe')",
             ""},
            {"New this quarter", head + "created_at > NOW() - INTERVAL 90 DAY", ""},
            {"Birthday unknown", head + "birthday IS NULL", ""},
            {"US newsletter readers", head + "country = 'United States'", listIds.at(0)},
            {"First name starts with A", head + "first_name LIKE 'A%'", ""},
            {"Bounced", joined + "e.event_type = 'bounce'", ""},
            {"Trial users in Europe",
             head + "array_contains(list_ids, '" + listIds.at(2)
                 + "') AND country IN ('Germany', "
                   "'France', 'Spain', 'Italy', 'Netherlands', 'United Kingdom')",
             ""}};
}

} // namespace GeneratorData
