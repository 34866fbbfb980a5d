namespace Lbaas.Sdk.V1;

/// <summary>Reports that a driver does not implement an action; the host answers 501 and rolls the change back.</summary>
public class NotImplementedByDriverException : ProviderException
{
    /// <summary>The user message used when none is given.</summary>
    public const string DefaultUserMessage = "This feature is not implemented by the provider.";

    /// <summary>Initializes the error.</summary>
    /// <param name="userMessage">The message safe to show the project.</param>
    /// <param name="operatorMessage">The message for the operator; defaults to the user message.</param>
    /// <param name="innerException">The cause, if any.</param>
    public NotImplementedByDriverException(string? userMessage = null, string? operatorMessage = null, Exception? innerException = null)
        : base(userMessage ?? DefaultUserMessage, operatorMessage, innerException)
    {
    }
}
