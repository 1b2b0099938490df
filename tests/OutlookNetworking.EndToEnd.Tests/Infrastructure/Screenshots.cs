using Microsoft.Playwright;

namespace OutlookNetworking.EndToEnd.Tests.Infrastructure;

/// <summary>Where browser tests leave their screenshots: $OUTLOOKNETWORKING_TEST_OUTPUT/screenshots (./test.sh sets
/// it to ./test-output), else a screenshots folder beside the test binaries.</summary>
public static class Screenshots
{
    public static string Folder => TestOutput.Folder("screenshots");

    /// <summary>Saves a full-page PNG named <paramref name="name"/>.png and returns its path.</summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder, name + ".png");
        // Transitions finished and animations stopped, so the same page gives the same PNG (docs/screenshots changes only when the page does).
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Type = ScreenshotType.Png, Animations = ScreenshotAnimations.Disabled });
        return path;
    }

    /// <summary>Copies a screenshot into the repository (docs/screenshots) for the README, when it changed.</summary>
    public static void PublishToDocs(string screenshot, string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OutlookNetworking.sln")))
            {
                var target = Path.Combine(Directory.CreateDirectory(Path.Combine(dir.FullName, "docs", "screenshots")).FullName, fileName);
                if (!File.Exists(target) || !File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(screenshot)))
                {
                    File.Copy(screenshot, target, overwrite: true);
                }

                return;
            }
        }
    }
}
