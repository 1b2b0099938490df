namespace OutlookNetworking.Core.Input;

/// <summary>Outlook's Focused Inbox classification (Graph <c>inferenceClassification</c>).
/// Stored as a number (each message row): a member keeps its number for good and a new one
/// takes the next free number (the Data tests' <c>StoredEnumValuesTests</c> pin them).</summary>
public enum InferenceClass
{
    Unknown = 0,
    Focused = 1,
    Other = 2,
}
