namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>
/// Item ids in the two forms Graph serves. The snapshot's ids are the immutable form, returned when
/// the request carries <c>Prefer: IdType="ImmutableId"</c>; without it ids come in a visibly
/// different form (prefix <see cref="RestPrefix"/>), so a test can prove the product asks for
/// immutable ids. Both forms are accepted wherever an id is read.
/// </summary>
internal static class ItemIds
{
    public const string RestPrefix = "RestId-";

    public static string ToRestId(string id) => RestPrefix + id;

    public static string Normalize(string id) =>
        id.StartsWith(RestPrefix, StringComparison.Ordinal) ? id[RestPrefix.Length..] : id;
}
