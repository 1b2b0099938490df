using Microsoft.EntityFrameworkCore;
using OutlookNetworking.Data.Introductions;
using OutlookNetworking.Data.Storage;
using OutlookNetworking.Data.Sync;
using OutlookNetworking.Data.Tenants;

namespace OutlookNetworking.Data.Tests.Introductions;

/// <summary>
/// <see cref="IntroductionStore.LookUpAsync"/> on both providers: the gate (the organisation's switch and the asker's
/// opt-in, as they are now), the index rows of the addresses asked and, for those no discoverable colleague other than
/// the asker knows, of their company (each row once, of the asker's tenant only), and each colleague's discoverability
/// as it is now (opted in and still in the directory; name and mail only then).
/// Seeded: Contoso (contoso.example) with introductions on and Ava opted in; Ben (opted in) knows Lena at adatum.example,
/// Cleo (not opted in) knows Maria there, Ben also knows Omar at fabrikam.example; a user of another tenant knows Lena.
/// </summary>
public abstract class IntroductionLookUpTests(StorageProvider provider) : StoreTestBase(provider), IAsyncLifetime
{
    private const string Lena = "lena@adatum.example";
    private const string Maria = "maria@adatum.example";
    private const string Omar = "omar@fabrikam.example";

    private static readonly MailboxKey Cleo = new(Ava.TenantId, Guid.Parse("0f6a1b2c-0000-4000-8000-000000000003"));

    private static readonly DateTimeOffset BenLastContact = new(2025, 6, 1, 9, 30, 0, TimeSpan.Zero);

    private IntroductionStore Store => Get<IntroductionStore>();

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await Get<TenantStore>().RecordConsentAsync(Ava.TenantId, "Contoso", ["contoso.example", "contoso.test"], null, Time.GetUtcNow(),
            CancellationToken.None);
        await Get<TenantStore>().RecordConsentAsync(OtherTenantUser.TenantId, "Fabrikam", ["fabrikam.example"], null, Time.GetUtcNow(),
            CancellationToken.None);
        await NameAsync(Ben, "Ben Okafor", "ben@contoso.example");
        await AddMailboxAsync(Cleo);
        await NameAsync(Cleo, "Cleo Ito", "cleo@contoso.example");
        await AddMailboxAsync(OtherTenantUser);
        await Store.SetEnabledAsync(Ava.TenantId, true, CancellationToken.None);
        await Store.SetEnabledAsync(OtherTenantUser.TenantId, true, CancellationToken.None);
        await Store.SetDiscoverableAsync(Ava, true, CancellationToken.None);
        await Store.SetDiscoverableAsync(Ben, true, CancellationToken.None);
        await Store.SetDiscoverableAsync(OtherTenantUser, true, CancellationToken.None);
        await using var db = NewContext();
        db.IntroductionTies.AddRange(
            Tie(Ben, Lena, 0.5, BenLastContact),
            Tie(Cleo, Maria, 0.2, BenLastContact.AddDays(-40)),
            Tie(Ben, Omar, 0.7, BenLastContact),
            Tie(OtherTenantUser, Lena, 0.9, BenLastContact));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task LookUp_PersonKnownByADiscoverableColleague_TheirRowsOnly_OwnDomains()
    {
        var lookup = await LookUpAsync([Lena], ["adatum.example"]);

        Assert.NotNull(lookup);
        Assert.Equal(["contoso.example", "contoso.test"], lookup.OwnDomains.Order(StringComparer.Ordinal));
        var row = Assert.Single(lookup.Rows); // not the other tenant's Lena row; no company rows (Ben can introduce her)
        Assert.Equal(new IntroductionTieRow(Ben.UserId, Lena, "adatum.example", 0.5, BenLastContact, true, "Ben Okafor", "ben@contoso.example"),
            row);
    }

    [Fact]
    public async Task LookUp_PersonKnownOnlyByAColleagueNotOptedIn_RowsOfTheCompanyToo()
    {
        var lookup = await LookUpAsync([Maria], ["adatum.example"]);

        var rows = lookup!.Rows.OrderBy(r => r.ContactAddress, StringComparer.Ordinal).ToList();
        Assert.Equal([Lena, Maria], rows.Select(r => r.ContactAddress)); // not Omar (another domain)
        Assert.Equal(new IntroductionTieRow(Ben.UserId, Lena, "adatum.example", 0.5, BenLastContact, true, "Ben Okafor", "ben@contoso.example"),
            rows[0]);
        Assert.Equal(new IntroductionTieRow(Cleo.UserId, Maria, "adatum.example", 0.2, BenLastContact.AddDays(-40), false, null, null),
            rows[1]); // Cleo has not opted in: the row counts for the company threshold, but carries no name
    }

    [Fact]
    public async Task LookUp_PersonNobodyKnows_EveryRowAtTheCompany()
    {
        var lookup = await LookUpAsync(["new@adatum.example", "other@fabrikam.example"], ["adatum.example", "fabrikam.example"]);

        Assert.Equal([Lena, Maria, Omar], lookup!.Rows.Select(r => r.ContactAddress).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LookUp_PersonKnownOnlyByTheAsker_RowsOfTheCompanyToo()
    {
        await using (var db = NewContext())
        {
            db.IntroductionTies.Add(Tie(Ava, "solo@adatum.example", 0.8, BenLastContact));
            await db.SaveChangesAsync();
        }

        var lookup = await LookUpAsync(["solo@adatum.example"], ["adatum.example"]);

        Assert.Equal([Lena, Maria, "solo@adatum.example"], lookup!.Rows.Select(r => r.ContactAddress).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LookUp_DomainNotAsked_NoCompanyRows()
    {
        var lookup = await LookUpAsync([Maria, "new@fabrikam.example"], []); // e.g. consumer mail domains

        Assert.Equal([Maria], lookup!.Rows.Select(r => r.ContactAddress));
    }

    [Fact]
    public async Task LookUp_OrganisationsOwnDomain_NeverReadAsACompany()
    {
        await using (var db = NewContext())
        {
            db.IntroductionTies.AddRange(Tie(Ben, "x@contoso.test", 0.5, BenLastContact), Tie(Cleo, "y@contoso.test", 0.5, BenLastContact));
            await db.SaveChangesAsync();
        }

        var lookup = await LookUpAsync(["z@contoso.test"], ["contoso.test"]);

        Assert.Empty(lookup!.Rows);
    }

    [Fact]
    public async Task LookUp_OrganisationSwitchOff_Null()
    {
        await Store.SetEnabledAsync(Ava.TenantId, false, CancellationToken.None);

        Assert.Null(await LookUpAsync([Lena], ["adatum.example"]));
        Assert.Null(await LookUpAsync([Maria], ["adatum.example"]));
        Assert.NotNull(await Store.LookUpAsync(OtherTenantUser, [Lena], ["adatum.example"], CancellationToken.None)); // its own switch
    }

    [Fact]
    public async Task LookUp_AskerNotOptedIn_Null()
    {
        await Store.SetDiscoverableAsync(Ava, false, CancellationToken.None);

        Assert.Null(await LookUpAsync([Lena], ["adatum.example"]));
        Assert.Null(await LookUpAsync([Maria], ["adatum.example"]));
        Assert.NotNull(await Store.LookUpAsync(Ben, [Lena], ["adatum.example"], CancellationToken.None));
    }

    [Fact]
    public async Task LookUp_TenantWithNoIndexRows_EmptyRowsNotNull()
    {
        await using (var db = NewContext())
        {
            await db.IntroductionTies.ExecuteDeleteAsync();
        }

        var lookup = await LookUpAsync([Lena], ["adatum.example"]);

        Assert.NotNull(lookup);
        Assert.Empty(lookup.Rows);
    }

    [Fact]
    public async Task LookUp_ColleagueOptsOut_NotDiscoverableInTheVeryNextLookUp()
    {
        Assert.True(Single(await LookUpAsync([Lena], []), Lena).Discoverable);

        await Store.SetDiscoverableAsync(Ben, false, CancellationToken.None);

        var row = Single(await LookUpAsync([Lena], []), Lena);
        Assert.False(row.Discoverable);
        Assert.Null(row.ColleagueName);
        Assert.Null(row.ColleagueMail);
        Assert.All((await LookUpAsync(["new@adatum.example"], ["adatum.example"]))!.Rows, r => Assert.False(r.Discoverable)); // company rows too
    }

    [Fact]
    public async Task LookUp_ColleagueOptsIn_DiscoverableInTheVeryNextLookUp()
    {
        Assert.False(Single(await LookUpAsync([Maria], []), Maria).Discoverable);

        await Store.SetDiscoverableAsync(Cleo, true, CancellationToken.None);

        var row = Single(await LookUpAsync([Maria], []), Maria);
        Assert.True(row.Discoverable);
        Assert.Equal("Cleo Ito", row.ColleagueName);
        Assert.Equal("cleo@contoso.example", row.ColleagueMail);
    }

    [Fact]
    public async Task LookUp_ColleagueRemovedFromTheDirectory_NotDiscoverable()
    {
        await using (var db = NewContext())
        {
            await db.Mailboxes.Where(m => m.TenantId == Ben.TenantId && m.UserId == Ben.UserId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Removed, true));
        }

        var row = Single(await LookUpAsync([Lena], ["adatum.example"]), Lena);

        Assert.False(row.Discoverable);
        Assert.Null(row.ColleagueName);
        Assert.Null(row.ColleagueMail);
    }

    [Fact]
    public async Task LookUp_SameAddressAndDomainAskedTwice_EachRowOnce()
    {
        var lookup = await LookUpAsync(["new@adatum.example", "new@adatum.example", Maria], ["adatum.example", "adatum.example"]);

        Assert.Equal([Lena, Maria], lookup!.Rows.Select(r => r.ContactAddress).Order(StringComparer.Ordinal));
    }

    private Task<IntroductionLookup?> LookUpAsync(IReadOnlyCollection<string> addresses, IReadOnlyCollection<string> domains) =>
        Store.LookUpAsync(Ava, addresses, domains, CancellationToken.None);

    private static IntroductionTieRow Single(IntroductionLookup? lookup, string address) =>
        Assert.Single(Assert.IsType<IntroductionLookup>(lookup).Rows, r => r.ContactAddress == address);

    private static IntroductionTieEntity Tie(MailboxKey colleague, string address, double strength, DateTimeOffset lastContact) => new()
    {
        TenantId = colleague.TenantId, UserId = colleague.UserId, ContactAddress = address,
        ContactDomain = address[(address.IndexOf('@', StringComparison.Ordinal) + 1)..], Strength = strength, LastContact = lastContact,
    };

    private async Task NameAsync(MailboxKey key, string name, string mail)
    {
        await using var db = NewContext();
        await db.Mailboxes.Where(m => m.TenantId == key.TenantId && m.UserId == key.UserId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DisplayName, name).SetProperty(m => m.Mail, mail));
    }
}

public sealed class IntroductionLookUpSqliteTests() : IntroductionLookUpTests(StorageProvider.Sqlite);

public sealed class IntroductionLookUpPostgresTests() : IntroductionLookUpTests(StorageProvider.PostgreSql);
