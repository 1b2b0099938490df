namespace OutlookNetworking.Data.Sync;

/// <summary>Sets the parameters of one row's statement by position (0-based), whatever the provider.</summary>
internal interface IRowBinder
{
    void Bind(int index, int value);

    void Bind(int index, long? value);

    void Bind(int index, bool value);

    void Bind(int index, string? value);
}
