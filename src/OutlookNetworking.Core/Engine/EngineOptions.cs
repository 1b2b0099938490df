namespace OutlookNetworking.Core.Engine;

/// <summary>Every threshold of the engine, with its default and the reason for it.</summary>
public sealed class EngineOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Engine";
}
