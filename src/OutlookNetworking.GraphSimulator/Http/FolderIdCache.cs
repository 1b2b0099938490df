using OutlookNetworking.GraphSimulator.Store;

namespace OutlookNetworking.GraphSimulator.Http;

/// <summary>Remembers the last folder key resolved while writing a page (items come mostly folder by folder).</summary>
internal sealed class FolderIdCache(FolderRegistry folders)
{
    private string? _key;
    private string? _id;

    public string IdOf(string key)
    {
        if (!string.Equals(key, _key, StringComparison.Ordinal))
        {
            _key = key;
            _id = folders.IdOf(key);
        }

        return _id!;
    }
}
