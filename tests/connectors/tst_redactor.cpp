#include "secrets/redactor.h"
#include "secrets/secretresolver.h"

#include <QTest>
#include <QUrl>

using namespace Linkwright;

namespace {

const QString Canary = QStringLiteral("cAnArY-7f3/9+x=Qz");

/// Every form in which a leak of the canary would still be a leak.
QList<QByteArray> leakedForms(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    return {raw, raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        QUrl::toPercentEncoding(secret)};
}

void verifyClean(const QByteArray &text)
{
    for (const QByteArray &form : leakedForms(Canary))
        QVERIFY2(!text.contains(form),
            qPrintable(QStringLiteral("leaked %1 in %2").arg(QString::fromUtf8(form), QString::fromUtf8(text))));
}

class FakeKeychain final : public SecretResolver
{
public:
    [[nodiscard]] bool handles(SecretRef::Source source) const override
    {
        return source == SecretRef::Source::Keychain;
    }
    [[nodiscard]] Result<QString> resolve(const SecretRef &ref) override
    {
        if (ref.name == u"erp")
            return QStringLiteral("from-the-keychain");
        return fail(ErrorCode::SecretUnavailable, ref.name, QStringLiteral("no such entry"));
    }
};

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormOfASecretIsMasked();
    void secretInsideLongerBase64IsMasked();
    void credentialHeadersAreMaskedByName();
    void credentialsInUrlsAreMasked();
    void bytesThatAreNotUtf8Survive();
    void shortSecretsDoNotMaskOrdinaryText();
    void environmentResolverNamesTheVariableNeverTheValue();
    void chainResolverUsesThePluggedKeychain();
};

void TestRedactor::everyFormOfASecretIsMasked()
{
    Redactor redactor;
    redactor.addSecret(Canary);
    const QByteArray raw = Canary.toUtf8();
    for (const QByteArray &form : leakedForms(Canary)
            + QList<QByteArray>{raw.toBase64(QByteArray::Base64UrlEncoding), QUrl::toPercentEncoding(Canary).toLower(),
                "\"cAnArY-7f3\\/9+x=Qz\""}) {
        const QByteArray text = "before " + form + " after";
        const QByteArray masked = redactor.redact(text);
        verifyClean(masked);
        QVERIFY2(masked.startsWith("before ") && masked.endsWith(" after"), masked.constData());
        QVERIFY(masked.contains("***"));
        verifyClean(redactor.redact(QString::fromUtf8(text)).toUtf8());
    }
}

void TestRedactor::secretInsideLongerBase64IsMasked()
{
    Redactor redactor;
    redactor.addSecret(Canary);
    // Basic credentials: the base64 of "user:secret" shares no aligned run with base64("secret").
    for (const QByteArray &prefix : {QByteArray("u:"), QByteArray("ab:"), QByteArray("sync:")}) {
        const QByteArray credentials = prefix + Canary.toUtf8();
        const QByteArray header = "Basic " + credentials.toBase64();
        const QByteArray masked = redactor.redact("token was " + header.mid(6));
        QVERIFY2(masked.contains("***"), masked.constData());
    }
}

void TestRedactor::credentialHeadersAreMaskedByName()
{
    Redactor redactor;
    redactor.addSensitiveHeader("X-Erp-Key");
    QVERIFY(redactor.isSensitiveHeader("x-erp-key"));
    QVERIFY(redactor.isSensitiveHeader("Set-Cookie"));
    QVERIFY(!redactor.isSensitiveHeader("Content-Type"));

    const auto headers = redactor.redactHeaders({{"Authorization", "Bearer abc.def"}, {"X-Erp-Key", "k1"},
        {"Cookie", "session=s1"}, {"Content-Type", "application/json"}});
    QCOMPARE(headers.at(0).second, QByteArray("***"));
    QCOMPARE(headers.at(1).second, QByteArray("***"));
    QCOMPARE(headers.at(2).second, QByteArray("***"));
    QCOMPARE(headers.at(3).second, QByteArray("application/json"));

    const QString text =
        redactor.redact(QStringLiteral("sent Authorization: Bearer abc.def\r\nX-Erp-Key: k1\n"
                                       "{\"authorization\": \"Basic dXNlcjpwdw==\", \"set-cookie\":\"a=b\"}"));
    QVERIFY2(!text.contains(u"abc.def") && !text.contains(u"k1") && !text.contains(u"dXNlcjpwdw==")
            && !text.contains(u"a=b"),
        qPrintable(text));
    QVERIFY2(text.contains(u"Authorization: ***"), qPrintable(text));
    // A server's hint names what to send with a placeholder: that is no secret, and masked the
    // user lost it.
    for (const QString &hint :
        {QStringLiteral("send \"Authorization: Bearer <token>\""), QStringLiteral("X-Erp-Key: <your key>")}) {
        QCOMPARE(redactor.redact(hint), hint);
    }
    QCOMPARE(redactor.redact(QStringLiteral("Authorization: Bearer <token> x9")), QStringLiteral("Authorization: ***"));
}

void TestRedactor::credentialsInUrlsAreMasked()
{
    Redactor redactor;
    const QUrl url(QStringLiteral("https://sync:pa55word@erp.example.com/api/items?page=2&api_key=k-123&token=t9#x"));
    const QString shown = redactor.redactUrl(url);
    QVERIFY2(!shown.contains(u"pa55word") && !shown.contains(u"k-123") && !shown.contains(u"t9"), qPrintable(shown));
    QVERIFY2(shown.contains(u"page=2") && shown.contains(u"erp.example.com/api/items"), qPrintable(shown));

    // Tokens a server puts in its links: a GitLab token, a pre-signed cloud URL, a session.
    // And names APIs give their keys in a query: WooCommerce's consumer key and secret, Pipedrive's
    // api_token, and spellings of the list's names.
    for (const char *name : {"auth_token", "private_token", "X-Amz-Signature", "X-Goog-Signature", "jwt", "sessionid",
             "bearer", "credential", "consumer_key", "consumer_secret", "api_token", "apiToken", "x-api-key",
             "X_API_KEY", "license.key", "clientSecret", "user_password", "page_access_token", "sessionId"}) {
        const QString link = QStringLiteral("next page (http://erp.example.com/items?page=2&%1=SECRET-789);")
                                 .arg(QString::fromLatin1(name));
        const QString masked = redactor.redact(link);
        // A header's name (X-Api-Key) masks to the end of the line, as a header line would.
        QVERIFY2(!masked.contains(u"SECRET-789")
                && (masked.endsWith(u"=***);") || redactor.isSensitiveHeader(QByteArrayView(name))),
            qPrintable(masked));
        QVERIFY2(Redactor::isSecretQueryParameter(QString::fromLatin1(name)), name);
    }
    // A page's cursor is no credential, nor are ordinary parameters.
    for (const char *name : {"page", "pageSize", "cursor", "pageToken", "next_page_token", "sort", "modifiedSince",
             "sortKey", "partitionKey", "groupKey"})
        QVERIFY2(!Redactor::isSecretQueryParameter(QString::fromLatin1(name)), name);
    QCOMPARE(redactor.redact(QStringLiteral("GET http://erp.example.com/items?pageToken=abc&sort=name")),
        QStringLiteral("GET http://erp.example.com/items?pageToken=abc&sort=name"));
    // Prose punctuation after a masked value stays.
    QCOMPARE(
        redactor.redact(QStringLiteral("GET http://erp.example.com/items?page=2&access_token=abc: the server said no")),
        QStringLiteral("GET http://erp.example.com/items?page=2&access_token=***: the server said no"));
    // A token inside another parameter's value (a redirect link) is masked too.
    QCOMPARE(
        redactor.redact(QStringLiteral("see https://x.example/login?redirect=https://x.example/cb?access_token=S9")),
        QStringLiteral("see https://x.example/login?redirect=https://x.example/cb?access_token=***"));
}

void TestRedactor::bytesThatAreNotUtf8Survive()
{
    Redactor redactor;
    redactor.addSecret(Canary);
    const QByteArray bytes = QByteArray("\xff\xfe payload ", 11) + Canary.toUtf8() + QByteArray("\x80 end", 5);
    const QByteArray masked = redactor.redact(bytes);
    QCOMPARE(masked, QByteArray("\xff\xfe payload ***\x80 end", 19));
}

void TestRedactor::shortSecretsDoNotMaskOrdinaryText()
{
    Redactor redactor;
    redactor.addSecret(QStringLiteral("ab"));
    QCOMPARE(redactor.redact(QStringLiteral("about tabs")), QStringLiteral("about tabs"));
    // But a short token a server echoes after "Bearer" or in Basic credentials is masked there,
    // and the words alone are prose.
    QCOMPARE(redactor.redact(QStringLiteral("invalid credentials: Bearer k9")),
        QStringLiteral("invalid credentials: Bearer ***"));
    const QString basic = QString::fromLatin1(QByteArray("u:k9").toBase64());
    QCOMPARE(redactor.redact(QStringLiteral("refused Basic %1, try again").arg(basic)),
        QStringLiteral("refused Basic ***, try again"));
    QCOMPARE(redactor.redact(QStringLiteral("the Basic plan and a bearer of news")),
        QStringLiteral("the Basic plan and a bearer of news"));
    // Records pass the redactor too (failure payloads): a name is no token.
    QCOMPARE(redactor.redact(QStringLiteral(R"({"name":"Bearer Bond Fund"})")),
        QStringLiteral(R"({"name":"Bearer Bond Fund"})"));
}

void TestRedactor::environmentResolverNamesTheVariableNeverTheValue()
{
    EnvironmentSecretResolver resolver({{QStringLiteral("ERP_TOKEN"), Canary}, {QStringLiteral("EMPTY"), QString()}});
    const auto value = resolver.resolve({SecretRef::Source::Environment, QStringLiteral("ERP_TOKEN")});
    QVERIFY(value.has_value());
    QCOMPARE(*value, Canary);

    const auto missing = resolver.resolve({SecretRef::Source::Environment, QStringLiteral("SHOP_TOKEN")});
    QVERIFY(!missing.has_value());
    QCOMPARE(missing.error().code, ErrorCode::SecretUnavailable);
    QVERIFY(missing.error().message.contains(u"SHOP_TOKEN"));
    QVERIFY(missing.error().hint.contains(u"SHOP_TOKEN"));
    verifyClean(missing.error().toString().toUtf8());

    const auto empty = resolver.resolve({SecretRef::Source::Environment, QStringLiteral("EMPTY")});
    QVERIFY(!empty.has_value());
    QVERIFY(empty.error().message.contains(u"empty"));
}

void TestRedactor::chainResolverUsesThePluggedKeychain()
{
    ChainSecretResolver chain;
    chain.add(std::make_shared<EnvironmentSecretResolver>(QHash<QString, QString>{{QStringLiteral("A"), Canary}}));
    const auto noKeychain = chain.resolve({SecretRef::Source::Keychain, QStringLiteral("erp")});
    QVERIFY(!noKeychain.has_value());
    QCOMPARE(noKeychain.error().code, ErrorCode::SecretUnavailable);
    QVERIFY(noKeychain.error().message.contains(u"keychain"));

    chain.add(std::make_shared<FakeKeychain>());
    QCOMPARE(chain.resolve({SecretRef::Source::Keychain, QStringLiteral("erp")}).value_or(QString()),
        QStringLiteral("from-the-keychain"));
    QCOMPARE(chain.resolve({SecretRef::Source::Environment, QStringLiteral("A")}).value_or(QString()), Canary);
    QVERIFY(!chain.resolve({}).has_value());
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
