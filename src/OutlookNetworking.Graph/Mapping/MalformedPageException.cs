namespace OutlookNetworking.Graph.Mapping;

/// <summary>A Graph page that cannot be read as a whole. Nothing of it is stored; the page is fetched again.</summary>
public sealed class MalformedPageException : Exception
{
    public MalformedPageException()
    {
    }

    public MalformedPageException(string message) : base(message)
    {
    }

    public MalformedPageException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
