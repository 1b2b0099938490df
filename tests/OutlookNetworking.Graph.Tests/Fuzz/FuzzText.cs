using System.Text;

namespace OutlookNetworking.Graph.Tests.Fuzz;

/// <summary>Hostile strings that are still valid JSON text.</summary>
internal static class FuzzText
{
    public static readonly string[] OddNames =
    [
        "", " ", "\u202Eevil\u202C", "zero\u200Bwidth", "e\u0301\u0301\u0301", "\U0001F600\U0001F4A9", "\0nul", "tab\tnew\nline",
        "Ωμέγα", "日本語の名前", "\"quoted\" 'name'", "<script>alert(1)</script>", new string('x', 10_000), "\uFEFFbom",
    ];

    public static readonly string[] OddAddresses =
    [
        "", "   ", "not an address", "@", "a@", "@b", "a@@b.example", "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f2a-ben",
        "/O=CONTOSO/OU=EXCHANGE/CN=RECIPIENTS/CN=AVA", "IMCEAEX-_o=ExchangeLabs_ou=Exchange@contoso.example", "ünïcødé@exämple.example",
        "UPPER.Case@Contoso.EXAMPLE", "a@b.c\u0000", new string('a', 400) + "@x.example", "<ben@contoso.example>", "ben@contoso.example ",
    ];

    /// <summary>A subject of about one megabyte (the mapper never reads subjects; the parser must still cope).</summary>
    public static string Megabyte(Random random)
    {
        var builder = new StringBuilder(1 << 20);
        while (builder.Length < 1 << 20)
        {
            builder.Append(OddNames[random.Next(OddNames.Length)]).Append(' ');
        }

        return builder.ToString();
    }
}
