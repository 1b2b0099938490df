using Microsoft.Extensions.Configuration;
using OutlookNetworking.Web.Features.Digest;

namespace OutlookNetworking.Web.Tests.Digest;

public sealed class DigestOptionsTests
{
    [Fact]
    public void Sample_DigestSection_BindsAndValidates()
    {
        var sample = new ConfigurationBuilder().AddJsonFile(FindSample(), optional: false).Build();

        var options = sample.GetSection(DigestOptions.SectionName).Get<DigestOptions>()!;

        Assert.Equal("networking-digest@contoso.com", options.SenderMailbox);
        Assert.Equal(TimeSpan.FromDays(7), options.LinkLifetime);
        Assert.Equal("*/15 * * * *", options.SchedulerCron);
        Assert.True(new DigestOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("networking-digest", 15, false)]  // not an address
    [InlineData("digest@contoso.com", 7, false)]   // 7 does not divide 60
    [InlineData("digest@contoso.com", 20, true)]
    [InlineData(null, 15, true)]                   // no sender: no digest, still a valid start
    public void Validate_SenderAndInterval_RefusedWithAReason(string? sender, int minutes, bool valid)
    {
        var result = new DigestOptionsValidator().Validate(null, new DigestOptions { SenderMailbox = sender, SchedulerIntervalMinutes = minutes });

        Assert.Equal(valid, result.Succeeded);
        Assert.Equal(valid, result.FailureMessage is null);
    }

    private static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "appsettings.sample.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("appsettings.sample.json not found above " + AppContext.BaseDirectory);
    }
}
