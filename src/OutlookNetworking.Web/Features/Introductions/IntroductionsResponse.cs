namespace OutlookNetworking.Web.Features.Introductions;

/// <summary><c>GET /api/introductions</c>: one entry per address asked for, in the order asked (each address once).</summary>
public sealed record IntroductionsResponse(IReadOnlyList<IntroductionEntry> Introductions);

/// <summary>
/// Who in the organisation can introduce the user to <see cref="Address"/>. When colleagues know the person, they are
/// listed and <see cref="CompanyDomain"/> is null; when none does but colleagues know people at the person's company
/// (at least 2 different people at that domain known in the organisation, never a consumer mail domain), those
/// colleagues are listed and <see cref="CompanyDomain"/> names the domain; otherwise the list is empty (always so for
/// an address in the organisation's own domains).
/// </summary>
/// <param name="Address">The normalised (lower-case SMTP) address asked for.</param>
/// <param name="CompanyDomain">Set when the colleagues know people at this company rather than the person.</param>
/// <param name="Colleagues">At most 5, best first (tie strength, then recency).</param>
public sealed record IntroductionEntry(string Address, string? CompanyDomain, IReadOnlyList<IntroducingColleague> Colleagues);

/// <summary>A colleague who opted in and holds a tie: labels only, never counts, dates or other contacts.</summary>
/// <param name="StrengthLabel"><c>strong</c>, <c>steady</c> or <c>light</c>.</param>
/// <param name="LastContactLabel">E.g. "in touch this week", "in touch last month", "in touch 4 months ago".</param>
public sealed record IntroducingColleague(string DisplayName, string Mail, string StrengthLabel, string LastContactLabel);

/// <summary><c>GET /api/me/introductions</c>: the user's choice and their organisation's switch.</summary>
/// <param name="Discoverable">The user lets colleagues see their tie labels (and so may see theirs).</param>
/// <param name="OrganisationEnabled">The organisation's administrator turned introductions on.</param>
public sealed record IntroductionSettingsResponse(bool Discoverable, bool OrganisationEnabled);

/// <summary><c>PUT /api/me/introductions</c>: <c>discoverable</c> is required.</summary>
public sealed record IntroductionSettingsRequest(bool? Discoverable);
