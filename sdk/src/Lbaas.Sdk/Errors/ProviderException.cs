namespace Lbaas.Sdk.V1;

/// <summary>Is the base of every error a driver reports on purpose, with a user message and an operator message.</summary>
/// <remarks>
/// <see cref="UserMessage"/> is shown to the project that made the request; <see cref="OperatorMessage"/> is only
/// logged and may name hosts, paths and causes. Both cross the gRPC boundary unchanged.
/// </remarks>
public abstract class ProviderException : Exception
{
    /// <summary>Initializes the error.</summary>
    /// <param name="userMessage">The message safe to show the project.</param>
    /// <param name="operatorMessage">The message for the operator; defaults to the user message.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected ProviderException(string userMessage, string? operatorMessage, Exception? innerException)
        : base(userMessage, innerException)
    {
        UserMessage = userMessage;
        OperatorMessage = operatorMessage ?? userMessage;
    }

    /// <summary>Gets the message safe to show the project.</summary>
    public string UserMessage { get; }

    /// <summary>Gets the message for the operator, which may name hosts, paths and causes.</summary>
    public string OperatorMessage { get; }
}
