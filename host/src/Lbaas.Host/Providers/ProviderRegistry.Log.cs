namespace Lbaas.Host.Providers;

public sealed partial class ProviderRegistry
{
    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
            Message = "Loaded provider '{Provider}' from plugin folder '{Folder}' (contract major {ContractMajor}).")]
        public static partial void PluginLoaded(ILogger logger, string provider, string folder, int contractMajor);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Error,
            Message = "Provider '{Provider}' is not loadable: the plugin in '{Folder}' failed to load: {Reason} " +
                "Requests for it answer 501 until it is fixed and the host restarted.")]
        public static partial void PluginFailed(ILogger logger, Exception exception, string provider, string folder, string reason);

        [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Provider '{Provider}' is not loadable: {Reason}")]
        public static partial void ProviderNotLoadable(ILogger logger, string provider, string reason);

        [LoggerMessage(EventId = 3004, Level = LogLevel.Warning,
            Message = "Provider '{Provider}' is configured twice; the copy from '{Origin}' is ignored.")]
        public static partial void DuplicateProvider(ILogger logger, string provider, string origin);

        [LoggerMessage(EventId = 3005, Level = LogLevel.Information,
            Message = "Plugin '{Provider}' under '{PluginRoot}' is loaded but not enabled (it is not in Lbaas:Providers:Enabled).")]
        public static partial void PluginNotEnabled(ILogger logger, string provider, string pluginRoot);

        [LoggerMessage(EventId = 3006, Level = LogLevel.Warning,
            Message = "The default provider '{Provider}' (Lbaas:Providers:Default) is not enabled; enabled: {Enabled}.")]
        public static partial void DefaultNotEnabled(ILogger logger, string provider, string enabled);

        [LoggerMessage(EventId = 3007, Level = LogLevel.Information,
            Message = "Provider '{Provider}' is remote at {Url}; it is contacted in the background.")]
        public static partial void RemoteConfigured(ILogger logger, string provider, string url);
    }
}
