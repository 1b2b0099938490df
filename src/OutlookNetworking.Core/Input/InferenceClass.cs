namespace OutlookNetworking.Core.Input;

/// <summary>Outlook's Focused Inbox classification (Graph <c>inferenceClassification</c>).</summary>
public enum InferenceClass
{
    Unknown,
    Focused,
    Other,
}
