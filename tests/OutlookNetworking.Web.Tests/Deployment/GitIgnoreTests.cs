using System.Diagnostics;

namespace OutlookNetworking.Web.Tests.Deployment;

/// <summary>Publish output an admin makes in the clone (<c>dotnet publish -o out</c>, <c>-o publish</c>, the default
/// bin/…/publish) is ignored by git, so it is never committed by mistake (issue 18).</summary>
public sealed class GitIgnoreTests
{
    [Theory]
    [InlineData("out/OutlookNetworking.Web.dll")]
    [InlineData("publish/OutlookNetworking.Web.dll")]
    [InlineData("src/OutlookNetworking.Web/bin/Release/net10.0/publish/OutlookNetworking.Web.dll")]
    [InlineData("src/OutlookNetworking.Web/out/appsettings.json")]
    public void PublishOutput_IgnoredByGit(string path)
    {
        Assert.True(IsIgnored(path), path + " is not ignored by .gitignore");
    }

    [Fact]
    public void SourceFile_NotIgnored()
    {
        // The check can fail: a source file is not ignored (so the cases above are not ignored for some other reason).
        Assert.False(IsIgnored("src/OutlookNetworking.Web/Program.cs"));
    }

    private static bool IsIgnored(string path)
    {
        var start = new ProcessStartInfo("git", ["check-ignore", "--no-index", "--quiet", path])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var git = Process.Start(start)!;
        git.WaitForExit();
        // 0: ignored, 1: not ignored, anything else: git failed.
        Assert.True(git.ExitCode is 0 or 1, "git check-ignore failed: " + git.StandardError.ReadToEnd());
        return git.ExitCode == 0;
    }
}
