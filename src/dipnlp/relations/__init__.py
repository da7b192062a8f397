"""The ``dip_relations`` component: meetings and travels from trigger words and dependency patterns."""
