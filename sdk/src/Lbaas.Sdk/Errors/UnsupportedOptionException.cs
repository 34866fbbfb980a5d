namespace Lbaas.Sdk.V1;

/// <summary>Reports that a request uses an option the driver does not offer; the host answers 501 and rolls back.</summary>
public class UnsupportedOptionException : ProviderException
{
    /// <summary>The user message used when none is given.</summary>
    public const string DefaultUserMessage = "A specified option is not supported by this provider.";

    /// <summary>Initializes the error.</summary>
    /// <param name="userMessage">The message safe to show the project.</param>
    /// <param name="operatorMessage">The message for the operator; defaults to the user message.</param>
    /// <param name="innerException">The cause, if any.</param>
    public UnsupportedOptionException(string? userMessage = null, string? operatorMessage = null, Exception? innerException = null)
        : base(userMessage ?? DefaultUserMessage, operatorMessage, innerException)
    {
    }
}
