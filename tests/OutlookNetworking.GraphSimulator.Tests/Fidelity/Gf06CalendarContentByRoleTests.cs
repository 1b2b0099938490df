using System.Net;
using System.Net.Http.Headers;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Fidelity;

/// <summary>GF-6: what of an event comes follows the token's application roles: <c>Calendars.ReadBasic.All</c> no body
/// and no preview; <c>Calendars.Read</c> (what Exchange RBAC grants) body and preview too; subject and location with
/// both; no calendar role, 403.</summary>
public sealed class Gf06CalendarContentByRoleTests : SeriesSimulatorTest
{
    [Fact]
    public async Task Gf06_CalendarsRead_BodyAndPreviewComeWithTheEvents()
    {
        var master = await MasterWithAsync(AppTokens.WithRoles("Mail.ReadBasic.All", "Calendars.Read"));

        Assert.Equal("Standing agenda: goals, blockers.", master.GetProperty("body").GetProperty("content").GetString());
        Assert.Equal("Standing agenda", master.GetProperty("bodyPreview").GetString());
        Assert.Equal("Fortnightly review", master.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Gf06_CalendarsReadBasicAll_NoBodyNoPreviewButSubjectAndLocation()
    {
        var master = await MasterWithAsync(AppTokens.WithRoles("Mail.ReadBasic.All", "Calendars.ReadBasic.All"));
        using var http = new GraphHttp(Sim, AppTokens.WithRoles("Calendars.ReadBasic.All"));
        var (_, read) = await http.GetAsync(SeriesCalendar.Url("/events/" + SeriesCalendar.MasterId), Immutable);

        Assert.False(master.TryGetProperty("body", out _));
        Assert.False(master.TryGetProperty("bodyPreview", out _));
        Assert.Equal("Fortnightly review", master.GetProperty("subject").GetString());
        Assert.Equal("Room 2.1", master.GetProperty("locations")[0].GetProperty("displayName").GetString());
        Assert.False(read.TryGetProperty("body", out _));
        Assert.Equal("Weekly 1:1", read.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Gf06_NoCalendarRole_IsForbidden()
    {
        using var http = new GraphHttp(Sim, AppTokens.WithRoles("Mail.ReadBasic.All"));

        var (response, body) = await http.GetAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ErrorAccessDenied", body.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Gf06_PlainToken_HoldsCalendarsReadByDefault()
    {
        var (items, _, _) = await Http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);

        var master = Assert.Single(items, i => i.GetProperty("id").GetString() == SeriesCalendar.FortnightMasterId);
        Assert.Equal("Standing agenda", master.GetProperty("bodyPreview").GetString());
    }

    private async Task<System.Text.Json.JsonElement> MasterWithAsync(string token)
    {
        using var http = new GraphHttp(Sim, token);
        var (items, _, _) = await http.DeltaRoundAsync(SeriesCalendar.DeltaUrl, Immutable, Utc);
        return Assert.Single(items, i => i.GetProperty("id").GetString() == SeriesCalendar.FortnightMasterId);
    }
}
