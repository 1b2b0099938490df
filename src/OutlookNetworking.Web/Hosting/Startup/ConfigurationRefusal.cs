namespace OutlookNetworking.Web.Hosting.Startup;

/// <summary>
/// Why the host will not start with a setting, as an admin reads it: the configuration key in both spellings an admin
/// writes (<c>AzureAd:ClientId</c> in a JSON file, <c>AzureAd__ClientId</c> as an environment variable), what is wrong
/// with its value, and what to do. <see cref="ToString"/> is the one log line of the refusal.
/// </summary>
/// <param name="Key">The configuration key with <c>:</c> separators, e.g. <c>AzureAd:ClientCredentials</c>.</param>
/// <param name="Why">What is wrong, e.g. "is not set" or "must be a GUID, not 'abc'". Never the secret's value.</param>
/// <param name="WhatToDo">What to set, e.g. "Set it to the application (client) id of the app registration."</param>
public sealed record ConfigurationRefusal(string Key, string Why, string WhatToDo)
{
    /// <summary>The key as an environment variable: <c>__</c> for each <c>:</c>.</summary>
    public string EnvironmentVariable => Key.Replace(":", "__", StringComparison.Ordinal);

    public override string ToString() =>
        $"Refusing to start: {Key} (environment variable {EnvironmentVariable}) {Why.TrimEnd('.')}. {WhatToDo}";
}
