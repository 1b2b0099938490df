using System.Text.Json;
using OutlookNetworking.Core.Analysis;
using OutlookNetworking.Core.Engine;
using OutlookNetworking.Core.Feedback;
using OutlookNetworking.Core.Input;
using OutlookNetworking.Core.Tests.Snapshot;

namespace OutlookNetworking.Core.Tests.Stories;

/// <summary>Reads the contoso-stories snapshot and analyses every user named in expected.json once.</summary>
public sealed class ContosoStoriesFixture
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "contoso-stories");

    public ContosoStoriesFixture()
    {
        var snapshot = SnapshotReader.Read(Folder);
        Now = snapshot.Now;
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));
        var engine = new RelationshipEngine(new EngineOptions());
        foreach (var user in expected.RootElement.GetProperty("users").EnumerateObject())
        {
            var mailbox = snapshot.Users.Single(u => string.Equals(u.Owner.PrimaryAddress, user.Name, StringComparison.OrdinalIgnoreCase));
            var input = new MailboxInput(mailbox.Owner, mailbox.Messages, mailbox.Meetings, snapshot.Directory);
            Users.Add(new StoryUser(
                user.Name,
                engine.Analyze(input, UserFeedback.None, snapshot.Now),
                mailbox.SkippedLines,
                user.Value.Clone()));
        }
    }

    public DateTimeOffset Now { get; }

    public List<StoryUser> Users { get; } = [];
}
