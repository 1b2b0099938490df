namespace OutlookNetworking.Web.Features.People;

/// <summary><c>GET /api/people</c>: one card per address asked for, in the order asked (each address once).</summary>
public sealed record PeopleResponse(IReadOnlyList<PersonCard> People);
