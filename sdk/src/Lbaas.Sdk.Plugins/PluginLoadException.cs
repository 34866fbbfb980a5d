namespace Lbaas.Sdk.Plugins;

/// <summary>Reports that a plugin folder could not be loaded as a provider; the message names the folder and the cause.</summary>
public sealed class PluginLoadException : Exception
{
    /// <summary>Initializes the error.</summary>
    /// <param name="pluginDirectory">The plugin folder.</param>
    /// <param name="message">What is wrong, as a sentence naming the folder.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PluginLoadException(string pluginDirectory, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        PluginDirectory = pluginDirectory;
    }

    /// <summary>Gets the plugin folder.</summary>
    public string PluginDirectory { get; }
}
