using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace OutlookNetworking.Demo.Features.Auth;

/// <summary>The local issuer's RSA key: generated per run, or kept as PEM at <see cref="DemoOptions.SigningKeyPath"/>.
/// Its key id is the RFC 7638 thumbprint, as Entra ID's keys carry one.</summary>
public sealed class DemoSigningKey : IDisposable
{
    private readonly RSA _rsa;

    public DemoSigningKey(IOptions<DemoOptions> options)
    {
        _rsa = LoadOrCreate(options.Value.SigningKeyPath);
        var key = new RsaSecurityKey(_rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        Key = key;
        Credentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256);
    }

    public SecurityKey Key { get; }

    public SigningCredentials Credentials { get; }

    public void Dispose() => _rsa.Dispose();

    private static RSA LoadOrCreate(string? path)
    {
        var rsa = RSA.Create(2048);
        if (string.IsNullOrEmpty(path))
        {
            return rsa;
        }

        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
            return rsa;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return rsa;
    }
}
