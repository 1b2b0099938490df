using OutlookNetworking.GraphSimulator.Generator;
using OutlookNetworking.GraphSimulator.Snapshot;
using OutlookNetworking.GraphSimulator.Tests.Support;

namespace OutlookNetworking.GraphSimulator.Tests.Generator;

public sealed class TenantGeneratorTests
{
    [Fact]
    public void Generate_Defaults_LoadsUnderTheFormatRulesWithEveryKindOfMailbox()
    {
        using var folder = new TempFolder();

        var result = TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = folder.Path });
        var snapshot = SnapshotLoader.Load(folder.Path);

        Assert.Equal(result.Users, snapshot.Users.Count);
        Assert.Equal(40, snapshot.Users.Count(u => u.UserPurpose == "user"));
        Assert.Single(snapshot.Users, u => u.UserPurpose == "shared");
        Assert.True(snapshot.Users.Count(u => u.UserPurpose == "room") >= 2);
        Assert.Equal(snapshot.Rooms.Select(r => r.EmailAddress).Order(), snapshot.Users.Where(u => u.UserPurpose == "room").Select(u => u.Mail).Order());
        Assert.True(snapshot.Users.Select(u => u.TimeZone).Distinct().Count() >= 3);
        Assert.Contains(snapshot.Users, u => u.ProxyAddresses.Any(p => p.StartsWith("smtp:", StringComparison.Ordinal)));
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 18, 0, 0, TimeSpan.Zero), snapshot.Now);
        Assert.Equal(3, snapshot.LoadReport.SkippedLines);
        Assert.Equal(result.Messages, snapshot.LoadReport.MessagesByMailbox.Values.Sum());
        Assert.Equal(result.Events, snapshot.LoadReport.EventsByMailbox.Values.Sum());
        Assert.Empty(snapshot.LoadReport.IgnoredMailboxFolders);
        Assert.InRange(result.Messages / 40, 300, 2000);
    }

    [Fact]
    public void Generate_SameSeed_WritesByteIdenticalFiles()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = first.Path, Users = 24, Seed = 5 });
        TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = second.Path, Users = 24, Seed = 5 });

        var files = Files(first.Path);
        Assert.Equal(files, Files(second.Path));
        Assert.True(files.Count > 24);
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(first.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, file))),
                $"{file} differs between two runs with the same seed");
        }
    }

    [Fact]
    public void Generate_DifferentSeed_WritesDifferentData()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = first.Path, Users = 24, Seed = 5 });
        TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = second.Path, Users = 24, Seed = 6 });

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(first.Path, "users.json")), File.ReadAllBytes(Path.Combine(second.Path, "users.json")));
        Assert.NotEqual(File.ReadAllText(Path.Combine(first.Path, "expected.json")), File.ReadAllText(Path.Combine(second.Path, "expected.json")));
    }

    [Fact]
    public void Generate_HeavyMailbox_HoldsTheRequestedMessageCount()
    {
        using var folder = new TempFolder();

        var result = TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = folder.Path, Users = 8, HeavyMailboxMessages = 40_000, Volume = 0.25 });
        var snapshot = SnapshotLoader.Load(folder.Path);

        var heavy = snapshot.FindUser("heavy.mailbox@contoso.example")!;
        Assert.Equal(40_000, snapshot.LoadReport.MessagesByMailbox[heavy.Id]);
        Assert.Equal(8, snapshot.Users.Count(u => u.UserPurpose == "user") - 1);
        Assert.Equal(result.Users, snapshot.Users.Count);
    }

    [Fact]
    public void Generate_TwoHundredLightUsers_StaysSmallPerUser()
    {
        using var folder = new TempFolder();

        var result = TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = folder.Path, Users = 200, Volume = 0.25 });

        var bytes = Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.Equal(200, Directory.EnumerateDirectories(Path.Combine(folder.Path, "mailboxes")).Count() - (result.Users - 200));
        Assert.InRange(bytes / 200, 20_000, 400_000);
        Assert.InRange(result.Messages / 200, 50, 600);
    }

    [Fact]
    public void Generate_InvalidOptions_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = "x", Users = 3 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => TenantGenerator.Generate(new TenantGeneratorOptions { OutputPath = "x", Volume = 10 }));
    }

    [Fact]
    public void Command_ValidArguments_WritesTheTenantAndReportsIt()
    {
        using var folder = new TempFolder();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = GenerateTenantCommand.Run(["generate-tenant", "--out", folder.Path, "--users", "12", "--months", "6", "--seed", "3", "--volume", "light"], stdout, stderr);

        Assert.Equal(0, exit);
        Assert.Contains("users", stdout.ToString());
        Assert.Equal(string.Empty, stderr.ToString());
        Assert.Equal(12, SnapshotLoader.Load(folder.Path).Users.Count(u => u.UserPurpose == "user"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--out")]
    [InlineData("--out x --users many")]
    [InlineData("--out x --colour blue")]
    [InlineData("--out x --users 2")]
    public void Command_BadArguments_ExitsTwoWithUsage(string commandLine)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = GenerateTenantCommand.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Contains("usage: generate-tenant", stderr.ToString());
    }

    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal)
            .ToList();
}
