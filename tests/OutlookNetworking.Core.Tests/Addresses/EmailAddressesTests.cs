using OutlookNetworking.Core.Addresses;

namespace OutlookNetworking.Core.Tests.Addresses;

public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("ben.okafor@contoso.example", "ben.okafor@contoso.example")]
    [InlineData("  Ben.Okafor@Contoso.EXAMPLE ", "ben.okafor@contoso.example")]
    [InlineData("<ben@contoso.example>", "ben@contoso.example")]
    [InlineData("SMTP:Ava@Contoso.example", "ava@contoso.example")]
    [InlineData("mailto:ava@contoso.example", "ava@contoso.example")]
    [InlineData("first+tag@sub.contoso.example", "first+tag@sub.contoso.example")]
    [InlineData("o'brien@example.ie", "o'brien@example.ie")]
    [InlineData("jörg@beispiel.de", "jörg@beispiel.de")]
    public void Normalize_ValidAddress_TrimsAndLowerCases(string raw, string expected)
        => Assert.Equal(expected, EmailAddresses.Normalize(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f2a9c-ava")]
    [InlineData("Ben Okafor <ben@contoso.example>")]
    [InlineData("ben")]
    [InlineData("ben@")]
    [InlineData("@contoso.example")]
    [InlineData("ben@@contoso.example")]
    [InlineData("ben@contoso")]
    [InlineData("ben..okafor@contoso.example")]
    [InlineData(".ben@contoso.example")]
    [InlineData("ben.@contoso.example")]
    [InlineData("ben@-contoso.example")]
    [InlineData("ben@contoso..example")]
    [InlineData("ben okafor@contoso.example")]
    [InlineData("\"ben\"@contoso.example")]
    [InlineData("ben@[10.0.0.1]")]
    [InlineData("undisclosed-recipients:;")]
    public void Normalize_NotAnSmtpAddress_ReturnsNull(string? raw)
        => Assert.Null(EmailAddresses.Normalize(raw));

    [Fact]
    public void Normalize_LocalPartOver64Characters_ReturnsNull()
        => Assert.Null(EmailAddresses.Normalize(new string('a', 65) + "@contoso.example"));

    [Fact]
    public void Normalize_AlreadyNormal_ReturnsTheSameInstance()
    {
        const string address = "ben@contoso.example";
        Assert.Same(address, EmailAddresses.Normalize(address));
    }

    [Theory]
    [InlineData("Ben@Contoso.Example", "contoso.example")]
    [InlineData("x@mail.northwind.example", "mail.northwind.example")]
    public void DomainOf_ValidAddress_ReturnsLowerCaseDomain(string address, string expected)
        => Assert.Equal(expected, EmailAddresses.DomainOf(address));

    [Fact]
    public void DomainOf_X500Address_ReturnsNull()
        => Assert.Null(EmailAddresses.DomainOf("/o=ExchangeLabs/cn=Recipients/cn=ava"));
}
