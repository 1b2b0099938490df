using System.Data.Common;

namespace OutlookNetworking.Data.Sync;

/// <summary>Binds a row into an ADO.NET command's parameters (PostgreSQL's batched page writes).</summary>
internal sealed class DbParameterBinder(DbParameterCollection parameters) : IRowBinder
{
    public void Bind(int index, int value) => parameters[index].Value = value;

    public void Bind(int index, long? value) => parameters[index].Value = value is { } v ? v : DBNull.Value;

    public void Bind(int index, bool value) => parameters[index].Value = value;

    public void Bind(int index, string? value) => parameters[index].Value = value is null ? DBNull.Value : value;
}
