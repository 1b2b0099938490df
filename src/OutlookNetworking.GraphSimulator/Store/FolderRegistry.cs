using System.Security.Cryptography;
using System.Text;

namespace OutlookNetworking.GraphSimulator.Store;

/// <summary>
/// The mail folders of one mailbox: the well-known folders (always present) and the user folders
/// named by the snapshot's other <c>parentFolderId</c> values. Folder ids are opaque, as Graph's
/// are: a client must resolve <c>inbox</c> to its id, never compare <c>parentFolderId</c> to a name.
/// </summary>
internal sealed class FolderRegistry
{
    /// <summary>The well-known folders, in the order Graph lists them.</summary>
    public static readonly IReadOnlyList<(string Name, string DisplayName)> WellKnown =
    [
        ("inbox", "Inbox"),
        ("sentitems", "Sent Items"),
        ("archive", "Archive"),
        ("deleteditems", "Deleted Items"),
        ("drafts", "Drafts"),
        ("junkemail", "Junk Email"),
    ];

    /// <summary>The root of the folder tree (parent of the top-level folders).</summary>
    public const string RootName = "msgfolderroot";

    private readonly Lock _gate = new();
    private readonly string _userId;
    private readonly List<MailFolder> _folders = [];
    private readonly Dictionary<string, MailFolder> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, MailFolder> _byId = new(StringComparer.Ordinal);

    public FolderRegistry(string userId)
    {
        _userId = userId;
        Root = new MailFolder(RootName, MakeId(userId, RootName), "Top of Information Store", RootName);
        foreach (var (name, displayName) in WellKnown)
        {
            Register(new MailFolder(name, MakeId(userId, name), displayName, name));
        }
    }

    public MailFolder Root { get; }

    public IReadOnlyList<MailFolder> All()
    {
        lock (_gate)
        {
            return [.. _folders];
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
