namespace OutlookNetworking.GraphSimulator.Tests.Support;

internal static class TestPaths
{
    /// <summary>The hand-written fixture, tests/Fixtures/contoso-stories.</summary>
    public static string Contoso => Path.Combine(AppContext.BaseDirectory, "Fixtures", "contoso-stories");

    public const string AvaId = "8560c69b-ec84-5ac0-999b-e5c8dac5464a";
    public const string BenId = "849709ec-91d8-560b-8328-33c91775d857";
    public const string AvaUpn = "ava.patel@contoso.example";
}
