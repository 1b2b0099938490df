using System.Security.Cryptography;
using System.Text;

namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>
/// Item ids in the two forms Graph serves. The snapshot's ids are the immutable form, returned when
/// the request carries <c>Prefer: IdType="ImmutableId"</c>; without it ids come in a visibly
/// different form (prefix <see cref="RestPrefix"/>), so a test can prove the product asks for
/// immutable ids. Like Exchange's default (REST) ids, that form changes when a message moves to
/// another folder (graph-fidelity GF-8: only the immutable id survives a move). Both forms are
/// accepted wherever an id is read.
/// </summary>
internal static class ItemIds
{
    public const string RestPrefix = "RestId-";

    private const int TagLength = 8;

    /// <summary>The REST form of an id while the item is in <paramref name="scope"/> (its folder key, or the calendar).</summary>
    public static string ToRestId(string id, string scope)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(scope.ToUpperInvariant()));
        return RestPrefix + Convert.ToHexString(hash, 0, TagLength / 2) + "-" + id;
    }

    public static string Normalize(string id) =>
        id.StartsWith(RestPrefix, StringComparison.Ordinal) && id.Length > RestPrefix.Length + TagLength && id[RestPrefix.Length + TagLength] == '-'
            ? id[(RestPrefix.Length + TagLength + 1)..]
            : id;
}
