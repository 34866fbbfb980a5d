namespace Lbaas.Sdk.V1;

/// <summary>Reports that a driver failed to carry out an operation; the host answers 500 and marks the object ERROR.</summary>
public class DriverException : ProviderException
{
    /// <summary>The user message used when none is given.</summary>
    public const string DefaultUserMessage = "An unknown driver error occurred.";

    /// <summary>Initializes the error.</summary>
    /// <param name="userMessage">The message safe to show the project.</param>
    /// <param name="operatorMessage">The message for the operator; defaults to the user message.</param>
    /// <param name="innerException">The cause, if any.</param>
    public DriverException(string? userMessage = null, string? operatorMessage = null, Exception? innerException = null)
        : base(userMessage ?? DefaultUserMessage, operatorMessage, innerException)
    {
    }
}
