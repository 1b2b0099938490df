using Microsoft.Graph.Models;
using OutlookNetworking.Graph.Directory;

namespace OutlookNetworking.Graph.Tests.Directory;

/// <summary>A directory user's other addresses: SMTP proxy addresses, the UPN and <c>otherMails</c>, lower case; an
/// otherMails value that is not shaped like a mail address (Graph does not check them) is left out.</summary>
public sealed class DirectoryAliasesTests
{
    [Fact]
    public void Aliases_OtherMails_AddedLowerCaseWithProxiesAndUpn()
    {
        var user = new User
        {
            Mail = "Ava.Patel@contoso.example", UserPrincipalName = "ava.p@contoso.example",
            ProxyAddresses = ["SMTP:ava.patel@contoso.example", "smtp:ava@contoso.example", "X500:/o=ExchangeLabs/cn=ava"],
            OtherMails = [" Ava.Home@Mail.example ", "ava@contoso.example", "AVA.PATEL@contoso.example"],
        };

        Assert.Equal(["ava.home@mail.example", "ava.p@contoso.example", "ava@contoso.example"], DirectoryReader.Aliases(user));
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("ava home@mail.example")]
    [InlineData("@mail.example")]
    [InlineData("ava@")]
    [InlineData("a@b@mail.example")]
    [InlineData("smtp:ava@mail.example")]
    [InlineData("")]
    public void Aliases_OtherMailsValueNotAMailAddress_LeftOut(string value)
    {
        var user = new User { Mail = "ava@contoso.example", UserPrincipalName = "ava@contoso.example", OtherMails = [value] };

        Assert.Empty(DirectoryReader.Aliases(user));
    }

    [Fact]
    public void Aliases_NoOtherMails_OnlyProxies()
    {
        var user = new User { Mail = "ava@contoso.example", UserPrincipalName = "ava@contoso.example", ProxyAddresses = ["smtp:a@contoso.example"] };

        Assert.Equal(["a@contoso.example"], DirectoryReader.Aliases(user));
    }
}
