using System.Security.Cryptography;
using System.Text;

namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>
/// The mail folders of one mailbox, as Exchange lays them out (graph-fidelity GF-7): the well-known folders, the
/// system folders that hold no correspondence (Outbox, Conversation History and its Team Chat, Sync Issues and its
/// Conflicts, Local Failures and Server Failures, Scheduled, and Clutter, which is hidden), a mail search folder under
/// the Inbox (it holds no messages of its own: its delta serves the Inbox's messages, so a client that syncs it counts
/// them twice), and the user folders named by the snapshot's other <c>parentFolderId</c> values. Folder ids are
/// opaque, as Graph's are: a client must resolve <c>inbox</c> to its id, never compare <c>parentFolderId</c> to a
/// name, and display names are what the mailbox's language makes them.
/// </summary>
internal sealed class FolderRegistry
{
    /// <summary>The folders every mailbox has, in the order Graph lists them: key, display name, parent key, hidden.</summary>
    public static readonly IReadOnlyList<(string Name, string DisplayName, string? Parent, bool Hidden)> WellKnown =
    [
        ("archive", "Archive", null, false),
        ("clutter", "Clutter", null, true),
        ("conversationhistory", "Conversation History", null, false),
        ("deleteditems", "Deleted Items", null, false),
        ("drafts", "Drafts", null, false),
        ("inbox", "Inbox", null, false),
        ("junkemail", "Junk Email", null, false),
        ("outbox", "Outbox", null, false),
        ("scheduled", "Scheduled", null, false),
        ("sentitems", "Sent Items", null, false),
        ("syncissues", "Sync Issues", null, false),
        ("conflicts", "Conflicts", "syncissues", false),
        ("localfailures", "Local Failures", "syncissues", false),
        ("serverfailures", "Server Failures", "syncissues", false),
    ];

    /// <summary>The root of the folder tree (parent of the top-level folders).</summary>
    public const string RootName = "msgfolderroot";

    /// <summary>Conversation History's child, where Teams keeps copies of chats; not a well-known name.</summary>
    public const string TeamChatKey = "teamchat";

    /// <summary>The mail search folder every mailbox has under its Inbox (showing the Inbox's messages).</summary>
    public const string SearchFolderKey = "searchfolder:inbox-follow-up";

    private readonly Lock _gate = new();
    private readonly string _userId;
    private readonly List<MailFolder> _folders = [];
    private readonly Dictionary<string, MailFolder> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, MailFolder> _byId = new(StringComparer.Ordinal);

    public FolderRegistry(string userId)
    {
        _userId = userId;
        Root = new MailFolder(RootName, MakeId(userId, RootName), "Top of Information Store", RootName);
        foreach (var (name, displayName, parent, hidden) in WellKnown)
        {
            Register(new MailFolder(name, MakeId(userId, name), displayName, name, parent, hidden));
        }

        Register(new MailFolder(TeamChatKey, MakeId(userId, TeamChatKey), "Team Chat", null, "conversationhistory"));
        Register(new MailFolder(SearchFolderKey, MakeId(userId, SearchFolderKey), "Follow up", null, "inbox", SearchSourceKey: "inbox"));
    }

    public MailFolder Root { get; }

    public IReadOnlyList<MailFolder> All()
    {
        lock (_gate)
        {
            return [.. _folders];
        }
    }

    /// <summary>
    /// What <c>childFolders</c> of <paramref name="parent"/> lists, by display name: its own children (hidden ones
    /// with <paramref name="includeHidden"/>); under the root also every mail search folder, wherever it sits (Graph's
    /// own example lists a search folder of the Inbox among the root's folders).
    /// </summary>
    public IReadOnlyList<MailFolder> Children(MailFolder parent, bool includeHidden)
    {
        var isRoot = ReferenceEquals(parent, Root);
        lock (_gate)
        {
            return _folders
                .Where(f => (includeHidden || !f.IsHidden)
                            && (string.Equals(f.ParentKey ?? RootName, parent.Key, StringComparison.OrdinalIgnoreCase) || (isRoot && f.IsSearchFolder)))
                .OrderBy(f => f.DisplayName, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }
    }

    /// <summary>How many folders sit directly in <paramref name="parent"/>, hidden ones included.</summary>
    public int ChildCount(MailFolder parent)
    {
        lock (_gate)
        {
            return _folders.Count(f => string.Equals(f.ParentKey ?? RootName, parent.Key, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The id of the folder <paramref name="folder"/> sits in.</summary>
    public string ParentIdOf(MailFolder folder) =>
        ReferenceEquals(folder, Root) || folder.ParentKey is null ? Root.Id : IdOf(folder.ParentKey);

    /// <summary>The folder whose messages a delta over <paramref name="key"/> serves: a search folder's source, else itself.</summary>
    public string ContentKeyOf(string key)
    {
        lock (_gate)
        {
            return _byKey.TryGetValue(key, out var folder) && folder.SearchSourceKey is { } source ? source : key;
        }
    }

    /// <summary>The folder for a snapshot key, created as a user folder when new.</summary>
    public MailFolder GetOrAdd(string key)
    {
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var folder))
            {
                return folder;
            }

            folder = new MailFolder(key, MakeId(_userId, key), key, null);
            Register(folder);
            return folder;
        }
    }

    /// <summary>Finds a folder by its id or a well-known name (case-insensitive).</summary>
    public MailFolder? Find(string idOrWellKnownName)
    {
        lock (_gate)
        {
            if (string.Equals(idOrWellKnownName, RootName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(idOrWellKnownName, Root.Id, StringComparison.Ordinal))
            {
                return Root;
            }

            if (_byId.TryGetValue(idOrWellKnownName, out var byId))
            {
                return byId;
            }

            return _byKey.TryGetValue(idOrWellKnownName, out var byName) && byName.WellKnownName is not null ? byName : null;
        }
    }

    public string IdOf(string key) => GetOrAdd(key).Id;

    private void Register(MailFolder folder)
    {
        _folders.Add(folder);
        _byKey[folder.Key] = folder;
        _byId[folder.Id] = folder;
    }

    private static string MakeId(string userId, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(userId + "\n" + key.ToUpperInvariant()));
        return "AAMkAGFolder" + Convert.ToBase64String(hash, 0, 24).Replace('+', '-').Replace('/', '_') + "AAA";
    }
}
