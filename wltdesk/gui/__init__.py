"""The Qt user interface: a thin shell over the services in ``wltdesk``.

Only this package imports Qt; widgets call services and never run SQL.
"""
