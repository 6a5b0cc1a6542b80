# an uncaught user-defined exception reports its class name and message
class ConfigError(Exception):
    pass
def load(cfg):
    if 'name' not in cfg:
        raise ConfigError('missing name')
    return cfg['name']
print(load({'name': 'ok'}))
load({})
