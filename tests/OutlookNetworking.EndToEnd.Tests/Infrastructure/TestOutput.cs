namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>Where browser tests leave what they measured and saw: $OUTLOOKNETWORKING_TEST_OUTPUT (./test.sh sets it to
/// ./test-output), else the folder of the test binaries.</summary>
public static class TestOutput
{
    public const string Variable = "OUTLOOKNETWORKING_TEST_OUTPUT";

    public static string Root => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } output ? output : AppContext.BaseDirectory;

    /// <summary>The folder <see cref="Root"/>/<paramref name="name"/>, created.</summary>
    public static string Folder(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
}
